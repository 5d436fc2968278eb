import type { Params } from '@crossborder/i18n';
import { isRuleId, provenanceOf, RULES } from '@crossborder/scenario';
import { escapeHtml } from './escape.js';

/**
 * How sure a rule's convention wording is, as HTML: a symbol (hidden from screen readers, never
 * the only signal), the mark in words and the plain sentence. `marked` (the default) says it only
 * for recalled and model wording, as the report does; the rules document says it for every rule.
 */
export function provenanceHtml(
  ruleId: string,
  say: (key: string, params?: Params) => string,
  which: 'marked' | 'all' = 'marked',
): string {
  if (!isRuleId(ruleId)) return '';
  const found = provenanceOf(RULES[ruleId]);
  if (which === 'marked' && !found.marked) return '';
  return `<p class="provenance" data-provenance="${found.level}"><span class="symbol" aria-hidden="true">${escapeHtml(found.symbol)}</span> <strong>${escapeHtml(say(found.mark))}</strong> — ${escapeHtml(say(found.sentence.key, found.sentence.params))}</p>`;
}
