import { type CriterionScores, type Ctx, INSTRUCTOR, juryScores, type State } from '@crossborder/engine';
import type { Params } from '@crossborder/i18n';
import { escapeHtml } from './escape.js';
import { paren } from './pairs.js';

/**
 * Who scored, as the report names them: the juror's own name where the session kept it, else
 * "Juror 2" by their number; the instructor's console as the instructor.
 */
export function scorerName(
  by: string,
  jurors: Readonly<Record<string, string>>,
  say: (key: string, params?: Params) => string,
): string {
  if (by === INSTRUCTOR) return say('report.scorer-instructor');
  return jurors[by] ?? say('report.scorer-juror', { number: by.replace(/^@juror-/, '') });
}

/**
 * The jury's section: each juror's score of each country on each criterion, with their
 * feedback, then per country and criterion the jurors' mean and spread (highest less lowest:
 * 0 when they agree). Player-typed text (names, feedback) is escaped.
 */
export function juryHtml(
  ctx: Ctx,
  state: State,
  jurors: Readonly<Record<string, string>>,
  say: (key: string, params?: Params) => string,
  name: (country: string) => string,
): string {
  const rows = juryScores(ctx, state);
  const t = (key: string, params: Params = {}) => escapeHtml(say(key, params));
  if (rows.length === 0) return `<p>${t('report.no-jury')}</p>`;
  const title = (row: CriterionScores) => escapeHtml(ctx.scenario.rubric[row.criterion]?.title ?? '');
  const each = rows
    .flatMap((row) =>
      row.scores.map((score) => {
        const level = ctx.scenario.rubric[row.criterion]?.levels[score.level];
        return `<tr><th scope="row">${name(row.country)}</th><td>${title(row)}</td><td>${escapeHtml(scorerName(score.by, jurors, say))}</td><td>${escapeHtml(paren(say, level?.label ?? '', String(score.points)))}</td><td>${escapeHtml(score.feedback)}</td></tr>`;
      }),
    )
    .join('');
  const summary = rows
    .map(
      (row) =>
        `<tr><th scope="row">${name(row.country)}</th><td>${title(row)}</td><td>${row.scores.length}</td><td>${row.mean}</td><td>${row.spread}</td></tr>`,
    )
    .join('');
  return `<h3>${t('report.jury-each')}</h3>
<table><thead><tr><th scope="col">${t('report.country')}</th><th scope="col">${t('report.criterion')}</th><th scope="col">${t('report.scorer')}</th><th scope="col">${t('report.level')}</th><th scope="col">${t('report.feedback')}</th></tr></thead><tbody>${each}</tbody></table>
<h3>${t('report.jury-summary')}</h3>
<p class="legend">${t('report.jury-summary-legend')}</p>
<table><thead><tr><th scope="col">${t('report.country')}</th><th scope="col">${t('report.criterion')}</th><th scope="col">${t('report.scorers')}</th><th scope="col">${t('report.mean')}</th><th scope="col">${t('report.spread')}</th></tr></thead><tbody>${summary}</tbody></table>`;
}
