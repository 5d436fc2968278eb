import { assess, createEngine, type Debrief, simulate } from '@crossborder/engine';
import type { Scenario } from '@crossborder/scenario';

/**
 * The room against the scenario's model answer: the bots play the scenario through, and each
 * objective's time is compared with the room's. Where the room was later, that is where it lost
 * days (or the objective).
 */
export interface Comparison {
  objective: string;
  title: string;
  room: number | null;
  bots: number | null;
  /** Minutes the room was behind the bots (negative: ahead); null if either missed it. */
  behind: number | null;
}

/**
 * The model answer: when the bots, playing every country, meet each objective (null where they
 * never do). Deterministic, and not free (a whole simulated game): compute it once per scenario.
 */
export type ModelAnswer = Record<string, number | null>;

export function modelAnswer(scenario: Scenario): ModelAnswer {
  const simulation = simulate(scenario);
  const model = assess(createEngine(scenario).ctx, simulation.state, simulation.events);
  return Object.fromEntries(
    Object.keys(scenario.objectives).map((id) => [id, model.objectives[id]?.metAt ?? null]),
  );
}

export function compareWithBots(
  scenario: Scenario,
  debrief: Debrief,
  model: ModelAnswer = modelAnswer(scenario),
): Comparison[] {
  return Object.entries(debrief.objectives).map(([id, objective]) => {
    const bots = model[id] ?? null;
    const room = objective.metAt;
    return {
      objective: id,
      title: objective.title,
      room,
      bots,
      behind: room !== null && bots !== null ? room - bots : null,
    };
  });
}
