import type { Ctx } from './model/context.js';
import { type Actor, type CountryId, INSTRUCTOR } from './model/ids.js';
import type { Award, State } from './model/state.js';

/** Who gave an award: its juror, or the instructor (awards recorded before juror seats name no one). */
export function awardedBy(award: Award): Actor {
  return award.by ?? INSTRUCTOR;
}

/** One scorer's standing score of a country on a criterion: the latest they gave (a juror may revise). */
export interface JurorScore {
  by: Actor;
  level: number;
  points: number;
  feedback: string;
  at: number;
}

/** A country's scores on one criterion: each scorer's, their mean, and their spread (highest less lowest). */
export interface CriterionScores {
  country: CountryId;
  criterion: string;
  scores: JurorScore[];
  mean: number;
  spread: number;
}

/** Rounds to one decimal: a mean of jurors' points is said as 6.5, not 6.499999. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * Every country's scores on every criterion scored, in the rubric's order then the countries':
 * each scorer counts once (their latest award), so two jurors are two scores, and one juror's
 * revision replaces only their own.
 */
export function juryScores(ctx: Ctx, state: State): CriterionScores[] {
  const latest = new Map<string, Map<Actor, JurorScore>>();
  for (const id in state.awards) {
    const award = state.awards[id];
    if (!award) continue;
    const key = `${award.criterion}\u0000${award.country}`;
    let scorers = latest.get(key);
    if (!scorers) {
      scorers = new Map();
      latest.set(key, scorers);
    }
    const by = awardedBy(award);
    const before = scorers.get(by);
    if (before && before.at > award.at) continue;
    const { level, points, feedback, at } = award;
    scorers.set(by, { by, level, points, feedback, at });
  }
  const rows: CriterionScores[] = [];
  for (const [key, scorers] of latest) {
    const [criterion = '', country = ''] = key.split('\u0000');
    const scores = [...scorers.values()].sort((a, b) => order(a.by) - order(b.by));
    const points = scores.map((score) => score.points);
    rows.push({
      country,
      criterion,
      scores,
      mean: tenth(points.reduce((sum, value) => sum + value, 0) / points.length),
      spread: Math.max(...points) - Math.min(...points),
    });
  }
  // In the rubric's order, then the countries'.
  const criteria = Object.keys(ctx.scenario.rubric);
  const rank = (list: readonly string[], id: string) => {
    const index = list.indexOf(id);
    return index === -1 ? list.length : index;
  };
  return rows.sort(
    (a, b) =>
      rank(criteria, a.criterion) - rank(criteria, b.criterion) ||
      rank(ctx.countries, a.country) - rank(ctx.countries, b.country),
  );
}

/** The instructor first, then jurors by number. */
function order(by: Actor): number {
  const number = /^@juror-(\d+)$/.exec(by)?.[1];
  return number === undefined ? 0 : Number(number);
}

/** A country's rubric points: the sum, over the criteria it was scored on, of the jurors' mean. */
export function rubricPoints(ctx: Ctx, state: State, country: CountryId): number {
  const total = juryScores(ctx, state)
    .filter((row) => row.country === country)
    .reduce((sum, row) => sum + row.mean, 0);
  return tenth(total);
}
