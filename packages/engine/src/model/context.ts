import { isRuleId, type RuleId, type Scenario } from '@crossborder/scenario';
import type { CountryId, FactId, SuspectId } from './ids.js';

/**
 * What every engine function needs besides the state: the scenario (the law and the truth of the
 * case, which never change during play) and the rules it switches off. Built once per session.
 */
export interface Ctx {
  scenario: Scenario;
  countries: readonly CountryId[];
  disabled: ReadonlySet<RuleId>;
  /** The suspects each fact names (its text holds their full name): learning it identifies them. */
  namedIn: Readonly<Record<FactId, readonly SuspectId[]>>;
}

export function createContext(scenario: Scenario): Ctx {
  const suspects = Object.entries(scenario.case.suspects);
  return {
    scenario,
    countries: Object.keys(scenario.countries),
    disabled: new Set(scenario.rules.disabled.filter(isRuleId)),
    namedIn: Object.fromEntries(
      Object.entries(scenario.case.facts).map(([id, fact]) => [
        id,
        suspects.filter(([, suspect]) => names(fact.text, suspect.name)).map(([suspectId]) => suspectId),
      ]),
    ),
  };
}

/** Whether a text holds a full name, as a whole: "Ivo Rask" is not in "Ivo Raskov". */
function names(text: string, name: string): boolean {
  if (name.trim() === '') return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export function ruleOn(ctx: Ctx, id: RuleId): boolean {
  return !ctx.disabled.has(id);
}
