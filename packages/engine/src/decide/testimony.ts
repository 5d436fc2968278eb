import { REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import type { Ctx } from '../model/context.js';
import { type Decision, invalid, rule } from '../model/decision.js';
import type { CountryId, SuspectId } from '../model/ids.js';
import type { State } from '../model/state.js';
import { believedLocation, countryName, knowsIdentity } from './tools.js';

/**
 * What sending a request to hear a person needs beyond any request about a suspect (Art. 40):
 * a person known by name, and where the model clause puts them. Undefined when the request may
 * go, or is not about hearing a person. Which condition applies follows the kind's product:
 * - `testimony`, a hearing by video conference (model UNTOC 18(18)): "an individual [who] is in
 *   the territory" of the requested State, as far as the requesting State knows;
 * - `transfer`, a temporary transfer (model UNTOC 18(10)): "a person who is being detained or is
 *   serving a sentence" there. Custody is seen by a State that knows who the person is.
 * Consent and the return (18(10)(a), 18(11)) are for the requested State when it executes.
 */
export function witnessProblem(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  to: CountryId,
  kind: RequestKind,
  suspectId: SuspectId | null,
): Decision | undefined {
  const { produces } = REQUEST_KINDS[kind];
  if (produces !== 'testimony' && produces !== 'transfer') return undefined;
  const suspect = suspectId ? ctx.scenario.case.suspects[suspectId] : undefined;
  if (!suspectId || !suspect) return undefined;
  const { alias } = suspect;
  // A game mechanic: a witness is summoned by name, and no State can summon an alias.
  if (!knowsIdentity(state, actor, suspectId)) return invalid('measure.identify-first', { alias });
  const where = believedLocation(state, actor, suspectId);
  if (produces === 'testimony') {
    return where === to
      ? undefined
      : rule('witness.video.person-present', 'request.person-not-there', {
          alias,
          to: countryName(ctx, to),
          where: where ? countryName(ctx, where) : '?',
        });
  }
  return state.suspects[suspectId]?.custody?.by === to
    ? undefined
    : rule('witness.transfer.detained', 'request.transfer-not-detained', { alias, to: countryName(ctx, to) });
}
