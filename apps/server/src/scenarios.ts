import type { ScenarioListEntry, ScenarioProblem } from '@crossborder/protocol';
import { formatIssue, formatPath, type Scenario, type ScenarioIssue } from '@crossborder/scenario';

/** Where a scenario file is: bundled with the server, in an extra folder, or uploaded from the console. */
export type ScenarioOrigin = NonNullable<ScenarioListEntry['origin']>;

/**
 * A scenario file offered to instructors, with its validation status: what `GET /api/scenarios`
 * lists (`ScenarioListEntry`, in the protocol), and the source, scenario and problems (in parts)
 * the server keeps.
 */
export interface ScenarioEntry extends ScenarioListEntry {
  source: string;
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

/** A checked file as the instructor's list shows it. */
export function entryOf(
  file: string,
  source: string,
  scenario: Scenario | undefined,
  issues: ScenarioIssue[],
  origin: ScenarioOrigin = 'bundled',
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
    issues: issues.map(formatIssue),
    origin,
    source,
    scenario: scenario ?? null,
    problems: issues.map(problemOf),
  };
}

/** A problem in parts, for the console to lay out (the check command prints it as one line). */
function problemOf(issue: ScenarioIssue): ScenarioProblem {
  return {
    line: issue.line,
    column: issue.column,
    path: formatPath(issue.path),
    severity: issue.severity,
    message: issue.message,
  };
}

/** What the list shows of an entry: everything but what the server keeps for itself. */
export function listed({
  source: _source,
  scenario: _scenario,
  problems: _problems,
  ...entry
}: ScenarioEntry) {
  return entry satisfies ScenarioListEntry;
}
