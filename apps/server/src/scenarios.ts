import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioListEntry } from '@crossborder/protocol';
import { formatIssue, loadScenarioText, type Scenario } from '@crossborder/scenario';

/**
 * A scenario file offered to instructors, with its validation status: what `GET /api/scenarios`
 * lists (`ScenarioListEntry`, in the protocol), and the source and scenario the server keeps.
 */
export interface ScenarioEntry extends ScenarioListEntry {
  source: string;
  scenario: Scenario | null;
}

export async function loadScenarioFolder(folder: string): Promise<ScenarioEntry[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch {
    return [];
  }
  const entries: ScenarioEntry[] = [];
  for (const name of names) entries.push(check(name, await readFile(join(folder, name), 'utf8')));
  return entries;
}

function check(file: string, source: string): ScenarioEntry {
  const { scenario, issues } = loadScenarioText(source, file);
  return entryOf(file, source, scenario, issues.map(formatIssue));
}

/** A checked file as the instructor's list shows it. */
export function entryOf(
  file: string,
  source: string,
  scenario: Scenario | undefined,
  issues: string[],
): ScenarioEntry {
  return {
    file,
    id: scenario?.id ?? null,
    title: scenario?.title ?? null,
    summary: scenario?.summary ?? null,
    countries: scenario
      ? Object.entries(scenario.countries).map(([id, country]) => ({ id, name: country.name }))
      : [],
    valid: scenario !== undefined,
    issues,
    source,
    scenario: scenario ?? null,
  };
}
