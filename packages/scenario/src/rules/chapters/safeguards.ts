import { cite } from '../cite.js';

/**
 * Safeguards when a State executes a measure for another (Arts 6, 24, 36; model BC 15, UNTOC
 * 18(17)), and the confidentiality that keeps a suspect from being tipped off (model BC 16(3),
 * UNTOC 18(20); the convention's wording recalled).
 */
export const SAFEGUARD_RULES = [
  {
    id: 'execution.own-authority',
    title: "The requested State's own authority authorises",
    citations: [cite.uncc('6'), cite.model('24', 'BC 15'), cite.model('40', 'UNTOC 18(17)')],
    effect: 'violation',
    penalty: 2,
    summary:
      'A State that executes a coercive measure for another authorises it by its own competent authority, under its own law and safeguards.',
    teaching:
      "A request is executed under the requested State's law (model UNTOC 18(17)), and the measure it takes is its own: the conditions and safeguards of Art. 24 (model BC 15), judicial or independent authorisation where the measure calls for it, apply to it as to a domestic case, in keeping with human rights (Art. 6). What the requesting State's judge authorised does not bind the requested State and does not replace its own decision. Record which of your authorities authorised each production, search, interception, freezing or arrest you carry out for another State; evidence gathered without it is open to challenge in both States.",
  },
  {
    id: 'execution.human-rights',
    title: 'Refusal: execution would breach human rights',
    citations: [cite.uncc('6'), cite.recalled('24')],
    effect: 'mechanic',
    summary:
      'A State may refuse to take a measure for another, or set conditions, where taking it would breach human rights; it gives its reasons after consulting.',
    teaching:
      'Nothing in the convention permits the suppression of human rights (Art. 6), and the safeguards of Art. 24 apply to the measures a State takes for another (a paragraph recalled, not read). A requested State may therefore decline a measure that would breach them (an intrusive measure out of proportion to the offence, a request aimed at a journalist or an opponent), or grant it on conditions that prevent the breach. Like any refusal it consults first (model UNTOC 18(26)) and gives its reasons. The engine cannot judge the merits: the debrief lists the refusal for discussion.',
  },
  {
    id: 'data-protection.conditions',
    title: 'Personal data on data-protection conditions',
    citations: [cite.recalled('36')],
    effect: 'rejection',
    summary:
      'A State whose data-protection law allows a transfer only on its conditions offers them before it hands over personal data; declined, it may refuse; accepted, they bind the receiver.',
    teaching:
      "Art. 36 (recalled, no model clause) lets a State transfer personal data only in accordance with its own law: it need not transfer what it cannot lawfully provide, and it may instead impose conditions that make the transfer lawful. The receiving State is then bound by them: it may not pass the data on, or use it beyond them (Arts 36, 40). Read the requested State's data-protection conditions in the directory, and accept them when you can: a declined offer is a lawful ground to refuse.",
  },
  {
    id: 'confidentiality.tip-off',
    title: 'A provider that tells its customer tips off the suspect',
    citations: [cite.model('25', 'BC 16(3)'), cite.model('40', 'UNTOC 18(20)'), cite.recalled('42')],
    effect: 'mechanic',
    summary:
      'A provider that tells its customers of orders, or whose law makes it, tips off the suspect unless confidentiality is ordered or asked for where the law allows it.',
    teaching:
      'A custodian can be obliged to keep a preservation order confidential (Art. 25, model BC 16(3)), a request may ask that its fact and substance stay confidential (Art. 40, model UNTOC 18(20)), and a preservation request may ask that the account holder not be told (an item of Art. 42, recalled). Some providers tell their customers of every order as a habit, and some laws make them tell account holders of disclosures: the suspect then learns he is watched, and may wipe his data or leave. Order or ask for confidentiality whenever you reach a provider, read the directory for providers and laws that notify customers, and where the law cannot keep it confidential (the requested State must say so), weigh whether to go on.',
  },
] as const;
