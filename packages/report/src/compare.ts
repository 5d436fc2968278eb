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

export function compareWithBots(scenario: Scenario, debrief: Debrief): Comparison[] {
  const simulation = simulate(scenario);
  const engine = createEngine(scenario);
  const model = assess(engine.ctx, simulation.state, simulation.events);
  return Object.entries(debrief.objectives).map(([id, objective]) => {
    const bots = model.objectives[id]?.metAt ?? null;
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
