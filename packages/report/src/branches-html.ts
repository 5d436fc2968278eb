import type { Params } from '@crossborder/i18n';
import type { BranchComparison, BranchDecision, BranchOutcome } from './branches.js';
import { escapeHtml } from './escape.js';
import { sayHtml } from './rich-html.js';

/**
 * The report's section on a fork's two branches (branches.ts): each objective in the original
 * and in this session, and each country's first different decisions. `say` speaks the reader's
 * catalogue; `when` says a game time; the original is named by its join code, never its id.
 */
export function branchesHtml(
  comparison: BranchComparison,
  origin: { code: string; at: number },
  say: (key: string, params?: Params) => string,
  when: (minutes: number | null) => string,
): string {
  const t = (key: string, params: Params = {}) => escapeHtml(say(key, params));
  const outcome = (found: BranchOutcome) =>
    found.metAt !== null
      ? `✔ ${t('report.branch-met', { when: when(found.metAt) })}`
      : found.missedAt !== null
        ? `✖ ${t('report.branch-missed', { when: when(found.missedAt) })}`
        : `– ${t('report.branch-open')}`;
  const objectives = comparison.objectives
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.title)}</th><td>${outcome(row.original)}</td><td>${outcome(row.fork)}</td></tr>`,
    )
    .join('');
  const list = (decisions: readonly BranchDecision[]) =>
    decisions.length === 0
      ? `<p>${t('report.branch-no-decision')}</p>`
      : `<ol>${decisions.map((decision) => `<li>${sayHtml(say, 'ui.pair.colon', { value: say(decision.line.key, decision.line.params) }, { label: escapeHtml(when(decision.at)) })}</li>`).join('')}</ol>`;
  const countries = comparison.countries
    .map((country) =>
      country.same
        ? `<li><strong>${escapeHtml(country.name)}</strong>: ${t('report.branch-same')}</li>`
        : `<li><strong>${escapeHtml(country.name)}</strong><div class="branches"><div><h4>${t('report.branch-original', { code: origin.code })}</h4>${list(country.original)}</div><div><h4>${t('report.branch-fork')}</h4>${list(country.fork)}</div></div></li>`,
    )
    .join('');
  return `<section><h2>${t('report.branches')}</h2>
<p>${t('report.branches-intro', { code: origin.code, when: when(origin.at) })}</p>
<table><thead><tr><th scope="col">${t('report.objective')}</th><th scope="col">${t('report.branch-original', { code: origin.code })}</th><th scope="col">${t('report.branch-fork')}</th></tr></thead><tbody>${objectives}</tbody></table>
<h3>${t('report.branch-decisions')}</h3>
<ul class="countries">${countries}</ul></section>`;
}
