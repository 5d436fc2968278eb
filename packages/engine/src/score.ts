import type { Ctx } from './model/context.js';
import type { CountryId } from './model/ids.js';
import type { State } from './model/state.js';

export interface Score {
  objectives: number;
  rubric: number;
  penalties: number;
  total: number;
}

/** A country's score: points of objectives it is credited with, rubric awards, minus violation penalties. */
export function scoreOf(ctx: Ctx, state: State, country: CountryId): Score {
  let objectives = 0;
  for (const [id, objective] of Object.entries(state.objectives)) {
    if (objective.metBy.includes(country)) objectives += ctx.scenario.objectives[id]?.points ?? 0;
  }
  // The latest award per criterion counts: a jury may revise its score.
  const latest = new Map<string, number>();
  for (const award of Object.values(state.awards))
    if (award.country === country) latest.set(award.criterion, award.points);
  const rubric = [...latest.values()].reduce((sum, points) => sum + points, 0);
  const penalties = Object.values(state.violations)
    .filter((violation) => violation.country === country)
    .reduce((sum, violation) => sum + violation.penalty, 0);
  return { objectives, rubric, penalties, total: objectives + rubric - penalties };
}
