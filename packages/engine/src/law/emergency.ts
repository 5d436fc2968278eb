import type { Ctx } from '../model/context.js';
import type { CountryId } from '../model/ids.js';
import type { State } from '../model/state.js';

/**
 * Whether a country may use the emergency path (Arts 2(o), 41): the whole case is an emergency
 * (declared at the start or by an inject), or the country knows a fact that establishes a
 * significant and imminent risk to life or safety. A country that does not know of the risk
 * cannot invoke it.
 */
export function emergencyKnownTo(ctx: Ctx, state: State, country: CountryId): boolean {
  if (state.emergency) return true;
  for (const [id, fact] of Object.entries(ctx.scenario.case.facts))
    if (fact.emergency && state.facts[id]?.knownBy[country]) return true;
  return false;
}
