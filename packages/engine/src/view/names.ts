import type { Scenario } from '@crossborder/scenario';

/**
 * The names of what a scenario declares, by id, for the console to say a condition or an
 * effect in words (the instructor's view holds no case file of its own): facts by their text,
 * evidence by title, suspects by alias, assets by description, providers by name, injects and
 * planned agreements by title.
 */
export interface ScenarioNames {
  facts: Record<string, string>;
  evidence: Record<string, string>;
  suspects: Record<string, string>;
  assets: Record<string, string>;
  providers: Record<string, string>;
  injects: Record<string, string>;
  agreements: Record<string, string>;
}

const pick = <T>(record: Record<string, T>, name: (entry: T) => string): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([id, entry]) => [id, name(entry)]));

export function scenarioNames(scenario: Scenario): ScenarioNames {
  const { facts, evidence, suspects, assets, providers, agreements } = scenario.case;
  return {
    facts: pick(facts, (fact) => fact.text),
    evidence: pick(evidence, (item) => item.title),
    suspects: pick(suspects, (suspect) => suspect.alias),
    assets: pick(assets, (asset) => asset.description),
    providers: pick(providers, (provider) => provider.name),
    injects: pick(scenario.injects, (inject) => inject.title),
    agreements: pick(agreements, (plan) => plan.title),
  };
}
