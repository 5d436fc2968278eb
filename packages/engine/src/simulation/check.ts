import { type LoadResult, loadScenarioText, positionOf, type ScenarioIssue } from '@crossborder/scenario';
import { assess } from '../assess/assess.js';
import { createContext } from '../model/context.js';
import { simulate } from '../simulate.js';

/**
 * The whole check of a scenario's text, as `npm run scenario -- check` makes it and as the server
 * makes it for an uploaded file: every problem the loader finds, then, for a file without errors,
 * a run of bots playing every country: an objective they cannot meet is an error too (the
 * scenario cannot be won), placed at the objective's line, unless its author says why bots may
 * miss it (`botsMayMiss`): then a warning. Pure: the same text, the same answer.
 */
export function checkScenarioText(source: string, file: string): LoadResult {
  const loaded = loadScenarioText(source, file);
  const scenario = loaded.scenario;
  if (!scenario) return loaded;
  const issues = [...loaded.issues, ...unmetByBots(source, file, scenario)];
  return issues.some((issue) => issue.severity === 'error') ? { issues } : { scenario, issues };
}

/** The objectives bots playing every country leave unmet, each an error at its place in the file. */
function unmetByBots(source: string, file: string, scenario: NonNullable<LoadResult['scenario']>) {
  const simulation = simulate(scenario);
  const debrief = assess(createContext(scenario), simulation.state, simulation.events);
  if (debrief.won) return [];
  return Object.entries(debrief.objectives)
    .filter(([, objective]) => objective.metAt === null)
    .map(([id]) => {
      const reason = scenario.objectives[id]?.botsMayMiss;
      return reason === undefined
        ? unmetObjectiveIssue(source, file, id)
        : allowedMissIssue(source, file, id, reason);
    });
}

/** An objective the author lets bots miss (`botsMayMiss`): said, with the author's reason, as a warning. */
export function allowedMissIssue(
  source: string,
  file: string,
  objective: string,
  reason: string,
): ScenarioIssue {
  const path = ['objectives', objective, 'botsMayMiss'];
  return {
    file,
    ...positionOf(source, path),
    path,
    severity: 'warning',
    message: `bots playing every country do not meet this objective; allowed, because: ${reason}`,
  };
}

/** An objective bots cannot meet, as an error at its line: what, why it matters, and how to find the cause. */
export function unmetObjectiveIssue(source: string, file: string, objective: string): ScenarioIssue {
  const path = ['objectives', objective];
  return {
    file,
    ...positionOf(source, path),
    path,
    severity: 'error',
    message: `bots playing every country cannot meet this objective, so the scenario cannot be won as written: see what is missing with: npm run scenario -- simulate ${file}, then change the objective, its deadline or the leads to it`,
  };
}
