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
  for (const id in state.awards) {
    const award = state.awards[id];
    if (award?.country === country) latest.set(award.criterion, award.points);
  }
  const rubric = [...latest.values()].reduce((sum, points) => sum + points, 0);
  let penalties = 0;
  for (const id in state.violations) {
    const violation = state.violations[id];
    if (violation?.country === country) penalties += violation.penalty;
  }
  return { objectives, rubric, penalties, total: objectives + rubric - penalties };
}
