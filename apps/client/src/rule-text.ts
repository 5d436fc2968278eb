import { PSEUDO_LOCALE, pseudoMessage } from '@crossborder/i18n';
import { RULES_EN } from '@crossborder/i18n/rules';
import { currentLocale, tDynamic } from './i18n.js';

/**
 * A rule's title, summary or teaching note: the catalogue's `rule.<id>.<part>` in the reader's
 * language (nothing for an unknown rule). English comes from the rules' own part of the catalogue,
 * imported here only: the screens that say a rule (forms' rulings, the debrief, the studio) load it
 * with their code, and the players' first page goes without it. The pseudo-locale, made from the
 * screens' English, wraps it as it wraps every other message.
 */
export function ruleText(ruleId: string, part: 'title' | 'summary' | 'teaching'): string {
  const english = (RULES_EN as Readonly<Record<string, string>>)[`rule.${ruleId}.${part}`] ?? '';
  if (currentLocale() === PSEUDO_LOCALE) return english === '' ? '' : pseudoMessage(english);
  return tDynamic(`rule.${ruleId}.${part}`, {}, english);
}
