import { EN, type Params, translate } from '@crossborder/i18n';
import { BOTS_EN, type BotKey } from '@crossborder/i18n/bots';
import { REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import type { CountryView } from '../view/types.js';

/**
 * What a bot types, in the catalogue's words (`bot.*`, packages/i18n/src/bots.ts): English, as a
 * team of the session would type in one language, and the session has none of its own; a
 * translator gives each language its `bots.json` with no code.
 */
export function say(key: BotKey, params: Params = {}): string {
  // The screens' English after the bots' own: ids in a message (`{missing:contents}`) are said by it.
  return translate(BOTS_EN, EN, key, params);
}

/**
 * The wording a bot puts in its requests: complete, plain, and honest about being generated.
 * Every item of every kind (`REQUEST_KINDS[kind].contents`) and every item a treaty may add
 * (`TREATY_CONTENTS`) is covered, so bots never send a non-conforming request
 * (test/request-kinds.test.ts and test/rules/treaties.test.ts check it).
 */
export function requestContents(
  view: CountryView,
  kind: RequestKind,
  offence: string,
  about: string,
): Record<string, string> {
  const me = view.briefing.directory[view.viewer];
  const authority = me?.centralAuthority.name ?? view.viewer;
  const offenceText = view.briefing.offences[offence]?.description ?? offence;
  // The scenario's own sentences, one after another: the offence, then what the country knows.
  const summary = [
    offenceText,
    ...Object.values(view.facts)
      .map((fact) => fact.text)
      .slice(0, 3),
  ]
    .filter((text) => text !== '')
    .join(' ');
  if (REQUEST_KINDS[kind].regime === 'preservation') {
    return {
      authority: say('bot.contents.authority', { authority }),
      'offence-and-facts': summary,
      'data-and-link': say('bot.contents.data-and-link', { about }),
      'custodian-or-location': say('bot.contents.custodian-or-location', { about }),
      necessity: say('bot.contents.necessity'),
      'intent-to-request-mla': say('bot.contents.intent-to-request-mla'),
    };
  }
  return {
    'requesting-authority': authority,
    'nature-of-case': say('bot.contents.nature-of-case', { offence: offenceText, authority }),
    'summary-of-facts': summary,
    'assistance-sought': say('bot.contents.assistance-sought', { about }),
    'persons-concerned': say('bot.contents.persons-concerned'),
    purpose: say('bot.contents.purpose'),
    period: say('bot.contents.period'),
    property: say('bot.contents.property', { about }),
    'why-not-in-person': say('bot.contents.why-not-in-person'),
    'applicable-law': say('bot.contents.applicable-law', {
      country: me?.shortName ?? me?.name ?? view.viewer,
    }),
    'transfer-terms': say('bot.contents.transfer-terms'),
  };
}

/** The reasons a bot gives for its answers, requests and agreements. */
export const REASONS = {
  deadline: say('bot.reason.deadline'),
  national: say('bot.reason.national'),
  dualCriminality: say('bot.reason.dual-criminality'),
  dataProtection: say('bot.reason.data-protection'),
  conditionsDeclined: say('bot.reason.conditions-declined'),
  dataProtectionConditions: say('bot.reason.data-protection-conditions'),
  confidentiality: say('bot.reason.confidentiality'),
  noPower: say('bot.reason.no-power'),
  absent: say('bot.reason.absent'),
  consult: say('bot.reason.consult'),
  parallel: say('bot.reason.parallel'),
  prosecute: say('bot.reason.prosecute'),
  prosecuteOwn: say('bot.reason.prosecute-own'),
  jurisdiction: say('bot.reason.jurisdiction'),
  request: say('bot.reason.request'),
  extradite: say('bot.reason.extradite'),
  transfer: say('bot.reason.transfer'),
  team: say('bot.reason.team'),
  actionDay: say('bot.reason.action-day'),
  progress: say('bot.reason.progress'),
  reply: say('bot.reason.reply'),
} as const;
