import { cite } from '../cite.js';

const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);

/** Mutual legal assistance: form, contents, grounds, consultation and follow-up (Art. 40). */
export const MLA_RULES = [
  {
    id: 'mla.form.language',
    title: 'Written, in an accepted language',
    citations: [untoc18('14')],
    effect: 'rejection',
    summary: "A request must be in writing and in a language the requested State's authority accepts.",
    teaching:
      "Each State notifies the languages it accepts. A request in another language is not received: translation is the requesting State's job. Check the directory before you draft, and translate early, as it takes time.",
  },
  {
    id: 'mla.form.urgent-oral',
    title: 'Urgent oral requests are confirmed in writing',
    citations: [untoc18('14')],
    effect: 'violation',
    penalty: 1,
    summary:
      'An urgent request made orally, where both States agree, must be confirmed in writing forthwith.',
    teaching:
      'In urgent cases a request may be made orally if the requested State agrees, but it must be confirmed in writing at once. Without the written confirmation, the requested State has nothing to execute.',
  },
  {
    id: 'mla.contents.requesting-authority',
    title: 'MLA request: the requesting authority',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary: 'An MLA request must identify the authority making it.',
    teaching:
      'Item (a) of the required contents. Without it the requested State cannot check authenticity or reply; it may ask for more information or refuse the request as not conforming.',
  },
  {
    id: 'mla.contents.nature-of-case',
    title: 'MLA request: the case and who conducts it',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary:
      'An MLA request must state the subject and nature of the investigation or proceedings and the authority conducting them.',
    teaching:
      'Item (b). The requested State needs to know whether this is an investigation, a prosecution or a trial, about what, and run by whom, to decide which of its own procedures to use.',
  },
  {
    id: 'mla.contents.summary-of-facts',
    title: 'MLA request: a summary of the facts',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary: 'An MLA request must summarise the relevant facts (unless it only asks to serve documents).',
    teaching:
      "Item (c). The facts let the requested State check dual criminality by conduct, the convention's scope and the proportionality of the measure. A request without them is the most common reason for delay.",
  },
  {
    id: 'mla.contents.assistance-sought',
    title: 'MLA request: the assistance sought',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary:
      'An MLA request must describe the assistance sought and any particular procedure you want followed.',
    teaching:
      'Item (d). Say exactly what you want (which data, which account, which period, which witness) and any procedure your courts need, such as a certificate of authenticity. The requested State follows it where its law allows.',
  },
  {
    id: 'mla.contents.persons-concerned',
    title: 'MLA request: persons concerned',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary:
      'Where possible, an MLA request gives the identity, location and nationality of any person concerned.',
    teaching:
      'Item (e). Give what you know of the suspect, witness or account holder. It is required "where possible": if you do not yet know the identity, say so.',
  },
  {
    id: 'mla.contents.purpose',
    title: 'MLA request: the purpose',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
    summary: 'An MLA request must state the purpose for which the evidence, information or action is sought.',
    teaching:
      'The last item of the required contents (item (f) of the model list). The purpose binds you: the evidence may be used only for it unless the requested State consents to another use (speciality, rule mla.speciality).',
  },
  {
    id: 'mla.more-information',
    title: 'Asking for more information',
    citations: [untoc18('16')],
    effect: 'mechanic',
    summary:
      'The requested State may ask for additional information when it is needed to execute the request.',
    teaching:
      'Asking for more information is the normal answer to an incomplete request, and better than refusing it. The clock keeps running for the requesting State while it answers: complete requests are fast requests.',
  },
  {
    id: 'mla.execution.domestic-law',
    title: "Executed under the requested State's law",
    citations: [untoc18('17')],
    effect: 'mechanic',
    summary:
      "A request is executed under the requested State's law, following the requested procedures where possible.",
    teaching:
      "The requested State uses its own powers (production orders, searches) to execute the request, with its own safeguards, and follows the requesting State's procedures where they do not conflict with its law.",
  },
  {
    id: 'mla.refusal.closed-list',
    title: 'Refusal only on a listed ground',
    citations: [untoc18('21')],
    effect: 'rejection',
    summary:
      'Assistance may be refused only on a ground the convention lists: non-conformity, essential interests, a domestic-law bar, the legal system, or discrimination.',
    teaching:
      'The grounds to refuse are a closed list. Anything else, such as inconvenience, cost, political sympathy or the suspect being a celebrity, is not a lawful ground. Where a ground applies, the requested State must still consult first and give reasons.',
  },
  {
    id: 'mla.refusal.not-conforming',
    title: 'Refusal: request does not conform',
    citations: [untoc18('21')],
    effect: 'rejection',
    summary:
      'A request may be refused as not conforming only if it actually lacks required contents or form.',
    teaching:
      'Ground (a). It applies to a request missing required contents or in the wrong form; a complete request cannot be refused on it. Asking for the missing information is usually the better answer.',
  },
  {
    id: 'mla.refusal.essential-interests',
    title: 'Refusal: sovereignty, security, ordre public',
    citations: [untoc18('21')],
    effect: 'mechanic',
    summary:
      'A request likely to prejudice sovereignty, security, ordre public or other essential interests may be refused.',
    teaching:
      'Ground (b). It is a real but exceptional ground: the requested State must explain which essential interest is at stake. It cannot be used to shield a provider from ordinary disclosure.',
  },
  {
    id: 'mla.refusal.domestic-law-prohibits',
    title: 'Refusal: domestic law forbids the action',
    citations: [untoc18('21')],
    effect: 'mechanic',
    summary:
      "A request may be refused if the requested State's law would forbid the same action in a similar domestic case.",
    teaching:
      'Ground (c). For example, a State whose law has no interception power cannot intercept for another. The comparison is with a similar domestic offence.',
  },
  {
    id: 'mla.refusal.contrary-to-legal-system',
    title: 'Refusal: contrary to the MLA legal system',
    citations: [untoc18('21')],
    effect: 'mechanic',
    summary:
      "A request may be refused if granting it would be contrary to the requested State's legal system for MLA.",
    teaching:
      "Ground (d). A narrow ground for requests that the requested State's system of mutual legal assistance cannot accommodate at all.",
  },
  {
    id: 'mla.refusal.discriminatory-purpose',
    title: 'Refusal: discriminatory purpose',
    citations: [cite.recalled('40')],
    effect: 'mechanic',
    summary:
      'A request may be refused where there are substantial grounds to believe it aims to punish a person for sex, race, language, religion, nationality, ethnic origin or political opinions.',
    teaching:
      'The convention adds a non-discrimination ground to the model text: no State is obliged to help prosecute a person because of who they are or what they believe. It protects the person concerned, not the requested State, and must rest on substantial grounds stated in the reasons, not on a general distrust of the requesting State. The digest recalls this ground with medium confidence: check it against the official text.',
  },
  {
    id: 'mla.refusal.bank-secrecy',
    title: 'Bank secrecy is never a ground',
    citations: [untoc18('8')],
    effect: 'rejection',
    summary: 'Assistance may not be refused on the ground of bank secrecy.',
    teaching:
      'Financial records are often the key to following proceeds. The convention removes bank secrecy as a ground to refuse, so banks and exchanges can be asked for records like any other holder.',
  },
  {
    id: 'mla.refusal.fiscal',
    title: 'Fiscal matters are not a ground',
    citations: [untoc18('22')],
    effect: 'rejection',
    summary: 'A request may not be refused on the sole ground that the offence also involves fiscal matters.',
    teaching:
      'An offence that also has a tax or customs aspect remains a criminal matter for which assistance is due.',
  },
  {
    id: 'mla.refusal.no-dual-criminality',
    title: 'Refusal for lack of dual criminality',
    citations: [untoc18('9'), cite.recalled('35')],
    effect: 'rejection',
    summary:
      'Lack of dual criminality is a ground only for a State that requires it, and only when the conduct is not a crime there under any name.',
    teaching:
      'A State may refuse coercive assistance when the conduct is not criminal under its law, but it may also help at its discretion. Since dual criminality is judged by conduct (Art. 35), a different offence label is not a lack of dual criminality.',
  },
  {
    id: 'mla.refusal.reasons-required',
    title: 'Reasons for any refusal',
    citations: [untoc18('23')],
    effect: 'rejection',
    summary: 'Any refusal of assistance must give reasons.',
    teaching:
      'Reasons let the requesting State fix the request, find another route or challenge the refusal. A bare "refused" is itself unlawful.',
  },
  {
    id: 'mla.consult-before-refusal',
    title: 'Consult before refusing or postponing',
    citations: [untoc18('26')],
    effect: 'rejection',
    summary:
      'Before refusing or postponing, the requested State must consult the requesting State to see whether assistance can be given on conditions.',
    teaching:
      'Consultation often turns a refusal into assistance under conditions (limited use, confidentiality, data-protection safeguards). Only after consulting may the requested State refuse or postpone. Offering conditions is that consultation (the model asks it "to consider whether assistance may be granted subject to such terms and conditions"): once the requesting State has accepted or declined them, or let a day pass, the requested State may decide.',
  },
  {
    id: 'mla.conditions-bind',
    title: 'Accepted conditions bind',
    citations: [untoc18('26')],
    effect: 'violation',
    penalty: 4,
    summary: 'If the requesting State accepts assistance on conditions, it must comply with them.',
    teaching:
      'Conditions accepted in consultation are binding. Breaking them damages trust and future cooperation, and may make the evidence unusable.',
  },
  {
    id: 'mla.postpone.ground',
    title: 'Postponement: only to protect an ongoing case',
    citations: [untoc18('25')],
    effect: 'rejection',
    summary:
      'Execution may be postponed only because it would interfere with an ongoing investigation, prosecution or proceeding.',
    teaching:
      "Postponement is not a soft refusal. Its one ground is interference with the requested State's own ongoing case, and it too needs consultation first.",
  },
  {
    id: 'mla.deadline.reasons',
    title: 'Good practice: suggest a deadline with its reasons',
    citations: [untoc18('24')],
    effect: 'practice',
    summary:
      'Good practice, not a duty: a requesting State that needs an answer by a date suggests the deadline and gives its reasons, preferably in the request.',
    teaching:
      'The requested State must take "as full account as possible" of any deadlines the requesting State suggests "and for which reasons are given, preferably in the request". Nothing obliges the requesting State to suggest one, so omitting it is no breach and costs no points; but a deadline without reasons carries little weight, and no deadline at all leaves the request in the ordinary queue. Say when you need the answer and why: a trial date, a retention period, a suspect about to leave.',
  },
  {
    id: 'mla.progress.answer',
    title: 'Answer progress queries',
    citations: [untoc18('24')],
    effect: 'violation',
    penalty: 1,
    summary:
      'The requested State must answer reasonable requests for information on the progress of a request.',
    teaching:
      'Keep the requesting State informed: it plans its own steps, arrests and deadlines around your answer.',
  },
  {
    id: 'mla.no-longer-needed',
    title: 'Say when assistance is no longer needed',
    citations: [untoc18('24')],
    effect: 'violation',
    penalty: 1,
    summary:
      'The requesting State must promptly inform the requested State when the assistance is no longer required.',
    teaching:
      "Central authorities have limited staff; a request that is no longer needed takes someone else's place in the queue. Withdraw it or declare it no longer needed as soon as you know.",
  },
  {
    id: 'mla.confidentiality',
    title: 'Confidentiality of the request',
    citations: [untoc18('20')],
    effect: 'violation',
    penalty: 2,
    summary:
      'The requesting State may ask that the request stay confidential; if that is impossible, the requested State must promptly say so.',
    teaching:
      'Confidentiality protects covert investigations. The requested State that cannot keep a request confidential, for example because its law requires notifying the account holder, must say so at once, so the requesting State can decide whether to go on.',
  },
  {
    id: 'mla.speciality',
    title: 'Speciality: use only for the stated purpose',
    citations: [untoc18('19')],
    effect: 'violation',
    penalty: 4,
    summary:
      "Evidence obtained by assistance may not be used in other proceedings without the providing State's prior consent.",
    teaching:
      "Evidence is tied to the case and purpose stated in the request. Using it in another case needs the providing State's consent, except to disclose exculpatory information, with notice.",
  },
  {
    id: 'mla.spontaneous-information',
    title: 'Spontaneous information',
    citations: [cite.model('40', 'UNTOC 18(4)-(5)'), cite.recalled('51')],
    effect: 'mechanic',
    summary:
      'A State may share useful information without being asked, with conditions that bind the receiving State.',
    teaching:
      'Sharing spontaneously (a lead, a victim list, an asset) helps another State open or advance its case. Conditions of confidentiality or limited use attached to it must be respected.',
  },
  {
    id: 'mla.costs',
    title: 'Costs',
    citations: [untoc18('28')],
    effect: 'violation',
    penalty: 1,
    summary:
      'The requested State bears ordinary costs; for substantial or extraordinary costs the States consult on how to share them.',
    teaching:
      'Cost is not a ground to refuse. When execution would be unusually expensive (a large data extraction, a long interception), the States agree on terms first.',
  },
] as const;
