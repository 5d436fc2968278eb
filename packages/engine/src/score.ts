import { rubricPoints } from './jury.js';
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
  // Each juror's latest award per criterion counts (a juror may revise), averaged over the jurors.
  const rubric = rubricPoints(ctx, state, country);
  let penalties = 0;
  for (const id in state.violations) {
    const violation = state.violations[id];
    if (violation?.country === country) penalties += violation.penalty;
  }
  // Rounded to a tenth: the jurors' mean may be a fraction, and sums of tenths drift.
  const total = Math.round((objectives + rubric - penalties) * 10) / 10;
  return { objectives, rubric, penalties, total };
}
