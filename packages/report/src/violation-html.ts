import type { Words } from './words.js';

/** A violation's rule and penalty, "(Art. 40; −2 points)", in its span: one message of the catalogue. */
export function citedHtml(words: Words, violation: { ruleId: string; penalty: number }): string {
  const cited = words.t('report.violation-cited', {
    article: words.rule(violation.ruleId)?.article ?? '',
    penalty: words.say('report.penalty', { points: violation.penalty }),
  });
  return `<span class="article">${cited}</span>`;
}

/** A rule's title and the sentence a trainee reads, as one line of the catalogue. */
export function ruleHtml(words: Words, ruleId: string): string {
  const line = words.t('report.rule-line', {
    title: words.ruleText(ruleId, 'title'),
    summary: words.ruleText(ruleId, 'summary'),
  });
  return `<p class="rule">${line}</p>`;
}
