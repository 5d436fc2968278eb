import { citationSaid, type Params } from '@crossborder/i18n';
import { isRuleId, RULES } from '@crossborder/scenario';
import { currentLocale, tDynamic } from './i18n.js';
import { ruleText } from './rule-text.js';

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
 * A line's parameters with its rule said in the screens' language: its citation (`article`, which
 * the engine writes in English beside its `rule`, for a reader with no catalogue) and the rule by
 * its title (`rule`: the engine gives the rule's id, which no person should read).
 */
export function withCitation<P extends Params>(params: P): P {
  const rule = params.rule;
  return typeof rule === 'string' && isRuleId(rule) && 'article' in params
    ? { ...params, rule: ruleText(rule, 'title'), article: ruleCitation(rule) }
    : params;
}
