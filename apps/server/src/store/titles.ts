import { loadScenarioText } from '@crossborder/scenario';

/**
 * The titles of stored scenarios, for the sessions stored before each kept its title: the stores
 * fill them in when they open such a database (db.ts, postgres.ts). Each distinct text is loaded
 * once (a workshop's sessions share a few scenarios); one that no longer loads has no title.
 */
export function scenarioTitles(): (source: string, scenarioId: string) => string | null {
  const known = new Map<string, string | null>();
  return (source, scenarioId) => {
    if (!known.has(source))
      known.set(source, loadScenarioText(source, `${scenarioId}.yaml`).scenario?.title ?? null);
    return known.get(source) ?? null;
  };
}

/** A session stored without its title, as the stores read it to fill it in. */
export interface Untitled {
  id: string;
  scenario_id: string;
  scenario_source: string;
}
