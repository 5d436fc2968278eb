import { expandCatalogue } from './glossary.js';

/**
 * What the bots type where a team would (packages/engine/src/bots): the contents of their requests,
 * the reasons of their answers, the safeguards of their measures. Words, so the catalogue's like
 * every other, with a file per language (locales/<tag>/bots.json); its own entry, as the rules' and
 * the studio's, since only the server and the command line play bots. Complete, plain and honest
 * about being generated: every item of every kind of request is covered (engine tests check it).
 */
export const BOTS_SOURCE = {
  'bot.contents.authority': '{authority}, investigating the case',
  'bot.contents.data-and-link': '{about}, which records the conduct under investigation.',
  'bot.contents.custodian-or-location': 'The provider holding {about}, on your territory.',
  'bot.contents.necessity':
    'The provider deletes this data after its retention period; it may be lost within days.',
  'bot.contents.intent-to-request-mla':
    'A request for disclosure of the preserved data will follow promptly.',
  'bot.contents.nature-of-case': 'A criminal investigation into “{offence}” conducted by {authority}.',
  'bot.contents.assistance-sought': 'We ask for {about}, with a certificate of authenticity.',
  'bot.contents.persons-concerned': 'The suspects named in our case file, as far as they are known.',
  'bot.contents.purpose': 'To identify the offenders, prove the offence and bring them to justice.',
  'bot.contents.period': 'For thirty days from execution, the time needed to identify the offenders.',
  'bot.contents.property': '{about}, the proceeds of the offence described above.',
  'bot.contents.why-not-in-person':
    'The person is abroad and cannot be compelled to travel; a hearing by video conference avoids the delay and cost of the journey.',
  'bot.contents.applicable-law':
    'The offence is punishable under the law of {country}; the text of the provisions that define it and set its penalty is attached.',
  'bot.contents.transfer-terms':
    'The person is needed in person to identify the suspects and give evidence at a hearing. We will keep the person in custody throughout and return them to you within fourteen days, without [[extradition]] proceedings; the time counts toward their sentence.',
  'bot.subject.person': 'the person known as {alias}',
  'bot.subject.funds': 'the funds',
  'bot.subject.assistance': 'the assistance described',
  'bot.case-title': '{title} ({offences})',
  'bot.case-prosecution': 'Prosecution of {name}',
  'bot.more-information': 'Please complete: {missing:contents}.',
  'bot.safeguard.judge': 'Investigating judge',
  'bot.safeguard.judge-of': 'Investigating judge of {country}',
  'bot.safeguard.data-grounds': 'Reasonable grounds to believe the data is evidence of the offence',
  'bot.safeguard.data-scope': 'Only {item}',
  'bot.safeguard.data-duration': 'Ninety days at most',
  'bot.safeguard.arrest-grounds': 'Serious evidence of participation in the offence',
  'bot.safeguard.arrest-scope': 'Arrest of {name}',
  'bot.safeguard.arrest-duration': 'Forty-eight hours, then before a judge',
  'bot.safeguard.funds-grounds': 'The funds are proceeds of the offence',
  'bot.safeguard.funds-duration': 'Until the court decides on [[confiscation]]',
  'bot.reason.deadline':
    'The data is volatile and the suspects are still active; each day risks losing evidence and proceeds.',
  'bot.reason.national':
    'Our constitution forbids the [[extradition]] of our nationals; we will submit the case to our prosecutors on request.',
  'bot.reason.dual-criminality': 'The conduct described is not an offence under any provision of our law.',
  'bot.reason.data-protection':
    'Our data-protection law forbids transferring personal data to the [[requesting-state]].',
  'bot.reason.conditions-declined':
    'Our data-protection law allows this transfer only on the conditions we offered, which were declined.',
  'bot.reason.data-protection-conditions':
    'The personal data is used only for this investigation and the proceedings that follow, kept no longer than they need, and passed to no third State without our prior authorisation.',
  'bot.reason.confidentiality':
    'Our law makes providers tell account holders of disclosures: we cannot keep this request confidential.',
  'bot.reason.no-power': 'Our law does not provide this measure even in a similar domestic case.',
  'bot.reason.absent': 'The person sought is not on our territory.',
  'bot.reason.consult':
    'Before we decide, we would like to discuss whether this request can be met, possibly on conditions.',
  'bot.reason.parallel':
    'We are both proceeding on the same conduct; let us coordinate our investigations and prosecutions.',
  'bot.reason.prosecute':
    'Submitted for prosecution as for a grave domestic offence, at the [[requesting-state]]’s request.',
  'bot.reason.prosecute-own':
    'The evidence we hold shows the person took part in the offence; we prosecute under our own law.',
  'bot.reason.jurisdiction': 'Our [[jurisdiction]] rests on the bases stated, on the facts in our case file.',
  'bot.reason.request':
    'What we need is held on the [[requested-state]]’s territory and only its authorities can obtain it lawfully; we ask under the rules that bind us both.',
  'bot.reason.extradite':
    'The offence is extraditable under the law of both States, the person is here and no ground of refusal applies: we grant the surrender.',
  'bot.reason.transfer':
    'Proceedings are concentrated where the suspect is and most evidence lies, for the proper administration of justice.',
  'bot.reason.team':
    'A [[joint-investigation-team]] lets us share evidence directly and coordinate the action day.',
  'bot.reason.action-day':
    'Each of us arrests, searches and seizes on its own territory at the same hour, so that no suspect is warned by another member’s move.',
  'bot.reason.progress': 'The request is being executed; we expect to deliver the results shortly.',
  'bot.reason.reply':
    'We understand your position and have nothing to add that would change it; we accept your decision.',
} as const;

/** The bots' words in English, glossary markers expanded: what they type unless given another language. */
export const BOTS_EN = expandCatalogue(BOTS_SOURCE, 'en');

export type BotKey = keyof typeof BOTS_SOURCE;
