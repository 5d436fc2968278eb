import { type LoadResult, loadScenarioText, positionOf, type ScenarioIssue } from '@crossborder/scenario';
import { assess, type Debrief } from '../assess/assess.js';
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
  const simulation = simulate(scenario);
  const debrief = assess(createContext(scenario), simulation.state, simulation.events);
  const missed = missedObjectiveIssues(source, file, scenario, debrief).map(({ issue }) => issue);
  const issues = [...loaded.issues, ...missed];
  return issues.some((issue) => issue.severity === 'error') ? { issues } : { scenario, issues };
}

/**
 * The objectives a bots' run (its `debrief`) leaves unmet, each with its issue at its place in
 * `source`: an error, unless the author says why bots may miss it (`botsMayMiss`): a warning then.
 * The one decision for every check: this file's (the server's and the studio's) and the command line's.
 */
export function missedObjectiveIssues(
  source: string,
  file: string,
  scenario: NonNullable<LoadResult['scenario']>,
  debrief: Pick<Debrief, 'won' | 'objectives'>,
): { objective: string; issue: ScenarioIssue }[] {
  if (debrief.won) return [];
  return Object.entries(debrief.objectives)
    .filter(([, objective]) => objective.metAt === null)
    .map(([id]) => {
      const reason = scenario.objectives[id]?.botsMayMiss;
      const issue =
        reason === undefined
          ? unmetObjectiveIssue(source, file, id)
          : allowedMissIssue(source, file, id, reason);
      return { objective: id, issue };
    });
}

/** An objective the author lets bots miss (`botsMayMiss`): said, with the author's reason, as a warning. */
function allowedMissIssue(source: string, file: string, objective: string, reason: string): ScenarioIssue {
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
function unmetObjectiveIssue(source: string, file: string, objective: string): ScenarioIssue {
  const path = ['objectives', objective];
  return {
    file,
    ...positionOf(source, path),
    path,
    severity: 'error',
    message: `bots playing every country cannot meet this objective, so the scenario cannot be won as written: see what is missing with: npm run scenario -- simulate ${file}, then change the objective, its deadline or the leads to it`,
  };
}
