import { isRuleId, type RuleId, type Scenario } from '@crossborder/scenario';
import type { CountryId } from './ids.js';

/**
 * What every engine function needs besides the state: the scenario (the law and the truth of the
 * case, which never change during play) and the rules it switches off. Built once per session.
 */
export interface Ctx {
  scenario: Scenario;
  countries: readonly CountryId[];
  disabled: ReadonlySet<RuleId>;
}

export function createContext(scenario: Scenario): Ctx {
  return {
    scenario,
    countries: Object.keys(scenario.countries),
    disabled: new Set(scenario.rules.disabled.filter(isRuleId)),
  };
}

export function ruleOn(ctx: Ctx, id: RuleId): boolean {
  return !ctx.disabled.has(id);
}
