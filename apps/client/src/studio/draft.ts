import {
  assess,
  type Cause,
  type CountryView,
  checkScenarioText,
  createContext,
  createEngine,
  type Step,
  scenarioNames,
  simulate,
  whyNotMet,
} from '@crossborder/engine';
import { loadScenarioText, positionOf, type ScenarioIssue } from '@crossborder/scenario';
import type { Words } from '../instructor/words.js';

/**
 * What the studio learns from a draft, off the main thread (the worker runs these): its problems
 * as the command line finds them, and a play-test by the same bots and report data as
 * `npm run scenario -- simulate`. Plain data, so that it crosses to the page as a message.
 */

/** The name problems are placed under, as the command line places them under a file's name. */
const DRAFT_FILE = 'draft.yaml';

/**
 * Every problem `npm run scenario -- check` finds in the draft, each at its line and column, in
 * its words: the loader's, then, for a draft without errors, an objective the bots cannot meet
 * (the same check the server makes of a saved draft, so that the two never disagree).
 */
export function checkDraft(source: string): ScenarioIssue[] {
  return checkScenarioText(source, DRAFT_FILE).issues;
}

/** One objective of a play-test: when it was met and with what slack, or why it was missed. */
export interface PlayedObjective {
  id: string;
  title: string;
  /** Where the objective is written in the draft. */
  line: number;
  deadline: number | null;
  metAt: number | null;
  /** Game minutes to spare before the deadline (or the end), when met. */
  slack: number | null;
  /** Why it was not met, going back along the chain of leads; empty when met. */
  causes: Cause[];
}

export type PlayTest =
  /** The draft has errors: fix them first (as `simulate` says). */
  | { ok: false; errors: number }
  | {
      ok: true;
      won: boolean;
      /** Game minutes per real minute at the scenario's default speed, for workshop minutes. */
      speed: number;
      endsAfter: number;
      countries: Record<string, string>;
      /** The draft's names of what it declares, for the causes (which keep ids) to be said in words. */
      words: Words;
      objectives: PlayedObjective[];
      /** The critical path to the last objective met, and that objective's id. */
      path: { objective: string; steps: Step[] } | null;
    };

/** Plays the draft with a bot for every country, as `simulate` does, and reports the run. */
export function playTest(source: string): PlayTest {
  const loaded = loadScenarioText(source, DRAFT_FILE);
  const scenario = loaded.scenario;
  if (!scenario)
    return { ok: false, errors: loaded.issues.filter((issue) => issue.severity === 'error').length };
  const simulation = simulate(scenario);
  const ctx = createContext(scenario);
  const debrief = assess(ctx, simulation.state, simulation.events);
  const objectives = Object.entries(debrief.objectives).map(([id, outcome]): PlayedObjective => {
    const condition = scenario.objectives[id]?.when;
    return {
      id,
      title: outcome.title,
      line: positionOf(source, ['objectives', id]).line,
      deadline: outcome.deadline,
      metAt: outcome.metAt,
      slack: outcome.slack,
      causes:
        outcome.metAt === null && condition
          ? whyNotMet(ctx, simulation.state, simulation.commands, condition)
          : [],
    };
  });
  const last = Object.entries(debrief.objectives)
    .filter(([, outcome]) => outcome.metAt !== null)
    .sort(([, a], [, b]) => (b.metAt ?? 0) - (a.metAt ?? 0))[0];
  return {
    ok: true,
    won: debrief.won,
    speed: scenario.session.speed,
    endsAfter: scenario.session.endsAfter,
    countries: Object.fromEntries(
      Object.entries(scenario.countries).map(([id, country]) => [id, country.shortName ?? country.name]),
    ),
    words: {
      names: scenarioNames(scenario),
      briefing: {
        directory: Object.fromEntries(
          Object.entries(scenario.countries).map(([id, country]) => [
            id,
            { name: country.shortName ?? country.name },
          ]),
        ),
      },
    },
    objectives,
    path: last ? { objective: last[0], steps: last[1].path } : null,
  };
}

/** What a country's team sees when the session opens, for the studio's preview. */
export type Preview =
  | { ok: false; errors: number }
  | { ok: true; countries: Record<string, string>; country: string; view: CountryView };

/**
 * A country's view at the start of play, as the server sends it to the team's screen (the
 * first country when none, or one the draft no longer has, is asked for).
 */
export function previewDraft(source: string, country: string | null): Preview {
  const loaded = loadScenarioText(source, DRAFT_FILE);
  const scenario = loaded.scenario;
  if (!scenario)
    return { ok: false, errors: loaded.issues.filter((issue) => issue.severity === 'error').length };
  const ids = Object.keys(scenario.countries);
  const shown = country !== null && ids.includes(country) ? country : (ids[0] ?? '');
  const engine = createEngine(scenario);
  return {
    ok: true,
    countries: Object.fromEntries(
      Object.entries(scenario.countries).map(([id, found]) => [id, found.shortName ?? found.name]),
    ),
    country: shown,
    view: engine.view(engine.initialState(), shown) as CountryView,
  };
}
