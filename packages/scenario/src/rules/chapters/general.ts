import { cite } from '../cite.js';

/** Scope, offences, sovereignty and entry into force (Chapters I-II, Art. 65). */
export const GENERAL_RULES = [
  {
    id: 'offence.intent-and-without-right',
    title: 'Intent and "without right"',
    citations: [cite.uncc('7-15')],
    effect: 'mechanic',
    summary:
      'A convention offence needs intentional conduct, and most need conduct "without right": authorised work is not a crime.',
    teaching:
      'Every offence of Chapter II is committed intentionally, and most are committed "without right". A penetration tester working under contract, or an administrator acting within their authority, does not commit illegal access. When you classify a case, check intent and authority before you pick the offence: it decides whether the conduct is criminal in the other State at all.',
  },
  {
    id: 'offence.authorised-testing',
    title: 'Authorised testing is not misuse of devices',
    citations: [cite.uncc('11(2)')],
    effect: 'mechanic',
    summary:
      'Making or holding hacking tools for authorised testing or protecting a system is not the offence of misuse of devices.',
    teaching:
      'Art. 11 criminalises producing, selling or possessing tools and credentials meant for illegal access and related offences. Its second paragraph excludes authorised testing and the protection of a system. Security researchers and red teams are not suspects because they hold the same tools as criminals.',
  },
  {
    id: 'offence.convention-offence',
    title: 'The convention offences',
    citations: [cite.uncc('7-15'), cite.recalled('16'), cite.model('17', 'UNTOC 6')],
    effect: 'mechanic',
    summary:
      'The convention lists the conduct every State Party must criminalise (Arts 7-17); every form of cooperation covers these offences, within its own limits.',
    teaching:
      "Illegal access, interception, data and system interference, misuse of devices, forgery, fraud, child sexual abuse material, grooming, non-consensual intimate images and laundering are convention offences. For them, every form of cooperation in Chapter V is available, subject to the limits of Arts 37, 45 and 46 and the requested State's law: extradition needs the minimum penalty its law or treaties set, real-time collection and interception only where, and for the offences for which, its law provides them. Tag the conduct of your case with these offences first: it decides which rules apply.",
  },
  {
    id: 'scope.serious-crime',
    title: 'Electronic evidence of serious crime: four years or more',
    citations: [cite.uncc('2(h)'), cite.uncc('3(b)'), cite.recalled('35')],
    effect: 'rejection',
    summary:
      'For an offence outside the convention list, only electronic evidence can be asked for, and only if the offence is a serious crime: punishable by at least four years.',
    teaching:
      'Art. 2(h) defines serious crime as conduct punishable by a maximum deprivation of liberty of at least four years. Arts 3(b) and 35 extend cooperation on electronic evidence (preservation, traffic data, stored data, real-time collection, interception) to any serious crime, not only to convention offences. The extension stops there: freezing and confiscating proceeds, extradition and other assistance concern convention offences (Art. 3(a)). A request for the logs of an extortion punished by three years in the requesting State falls outside the convention: check the penalty in your own law before you ask.',
  },
  {
    id: 'scope.proceeds',
    title: 'Freezing and confiscation: convention offences only',
    citations: [cite.uncc('3(a)'), cite.model('50', 'UNTOC 13(7)')],
    effect: 'rejection',
    summary:
      'The convention covers freezing, seizure and confiscation of the proceeds of convention offences only; its extension to serious crime is for electronic evidence.',
    teaching:
      'Art. 3(a) applies the convention to the freezing, seizure, confiscation and return of the proceeds of the offences it establishes, and only electronic evidence extends to any serious crime (Arts 3(b), 35). The model clause (UNTOC 13(7)) lets a State refuse confiscation cooperation for an offence the convention does not cover. Under this convention, tie a freezing or confiscation request to a convention offence of your case, such as fraud or laundering, where the facts support it; for the proceeds of another crime, look to another treaty.',
  },
  {
    id: 'scope.other-assistance',
    title: 'Other assistance for other offences may be refused',
    citations: [cite.uncc('3(a)'), cite.model('40', 'UNTOC 18(1)'), cite.model('47', 'UNTOC 27(1)')],
    effect: 'rejection',
    summary:
      'Assistance other than electronic evidence (records, witnesses, police inquiries) is owed for convention offences; for another offence the requested State may refuse it as outside the convention.',
    teaching:
      "The duty to afford the widest measure of mutual legal assistance, and law enforcement cooperation, concern the offences the convention covers (Art. 3(a); models UNTOC 18(1), 27(1)); only electronic evidence extends to any serious crime (Art. 35). A request for bank records, a witness statement or a police inquiry about another offence may still be sent and answered at the requested State's discretion, but it may lawfully be refused as outside the convention's scope. For a convention offence that ground is unlawful.",
  },
  {
    id: 'treaty.in-force',
    title: 'The convention binds parties only',
    citations: [cite.official('65(1)'), cite.recalled('65')],
    effect: 'mechanic',
    summary:
      'The convention governs cooperation only between States for which it is in force; a non-party helps at its discretion.',
    teaching:
      'The convention enters into force 90 days after the fortieth ratification (Art. 65(1)), and for a later ratifier some time after its own instrument. Between a party and a signatory or non-party, none of the convention duties apply: the other State may help under its own law or another treaty, or decline without giving a convention ground. Plan for slower, discretionary answers from such States.',
  },
  {
    id: 'sovereignty.no-action-abroad',
    title: 'No investigative action on foreign territory',
    citations: [cite.uncc('5')],
    effect: 'rejection',
    summary:
      "The convention gives no State the right to exercise jurisdiction or an authority's functions on another State's territory: ask that State to act instead.",
    teaching:
      "Art. 5 keeps the sovereign equality and territorial integrity of States: nothing in the convention entitles one State to exercise jurisdiction or perform functions reserved to another's authorities on that State's territory (the prohibition itself is general international law). Searching a foreign provider's servers, arresting a suspect abroad or seizing a foreign account yourself is unlawful. An order to a provider offering its services on your territory to produce subscriber information is not action abroad (Art. 27, rule measures.production-order). For anything else held abroad, use a request, the 24/7 network or a joint investigation team agreement.",
  },
  {
    id: 'human-rights.respect',
    title: 'Respect for human rights',
    citations: [cite.uncc('6')],
    effect: 'mechanic',
    summary:
      'Every measure taken under the convention must be consistent with international human rights law.',
    teaching:
      'Art. 6 requires States to implement the convention consistently with their human rights obligations, and forbids reading it as permitting the suppression of expression, belief, assembly or association. It is the background to the safeguards of Art. 24, the data-protection article (36) and the non-discrimination refusal grounds.',
  },
  {
    id: 'dual-criminality.by-conduct',
    title: 'Dual criminality is judged by conduct',
    citations: [{ article: '35', model: 'UNCAC 43(2)', provenance: 'recalled-model-verified' }],
    effect: 'mechanic',
    summary:
      'Where dual criminality is required, it is met if the underlying conduct is a crime in both States, whatever each law calls it.',
    teaching:
      "The requested State compares what the suspect did, not the names or categories of the offences. Fraud by deceiving a victim online may be 'theft by deception' in one code and 'computer fraud' in another: the conduct is criminal in both, so dual criminality holds. A refusal that relies on a difference of labels is unlawful.",
  },
] as const;
