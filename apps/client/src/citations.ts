import { citationSaid } from '@crossborder/i18n';
import { isRuleId, RULES } from '@crossborder/scenario';
import { currentLocale, tDynamic } from './i18n.js';

/**
 * What a rule cites, in the screens' language (`Art. 40 (model: UNTOC 18(15))`, `art. 40 (modèle :
 * UNTOC 18(15))`): the rules catalogue's articles, the words and list of the catalogue. Empty for
 * an id the rules catalogue does not have (a ruling of plain game mechanics has none).
 */
export function ruleCitation(ruleId: string | null | undefined): string {
  if (!ruleId || !isRuleId(ruleId)) return '';
  return citationSaid(RULES[ruleId].citations, (key, params) => tDynamic(key, params), currentLocale());
}

/**
 * A line's parameters with its rule's citation (`article`) said in the screens' language: the
 * engine writes a line's `article` in English beside its `rule`, for a reader with no catalogue.
 */
export function withCitation<P extends Readonly<Record<string, string | number>>>(params: P): P {
  const rule = params.rule;
  return typeof rule === 'string' && isRuleId(rule) && 'article' in params
    ? { ...params, article: ruleCitation(rule) }
    : params;
}
