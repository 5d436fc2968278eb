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
      'The convention lists the conduct every State Party must criminalise (Arts 7-17); cooperation covers these offences in full.',
    teaching:
      'Illegal access, interception, data and system interference, misuse of devices, forgery, fraud, child sexual abuse material, grooming, non-consensual intimate images and laundering are convention offences. For them, every form of cooperation in Chapter V is available, whatever the penalty. Tag the conduct of your case with these offences first: it decides which rules apply.',
  },
  {
    id: 'scope.serious-crime',
    title: 'Serious crime: four years or more',
    citations: [cite.uncc('2(h)'), cite.recalled('35')],
    effect: 'rejection',
    summary:
      'For an offence outside the convention list, e-evidence cooperation is available only if it is a serious crime: punishable by at least four years.',
    teaching:
      'Art. 2(h) defines serious crime as conduct punishable by a maximum deprivation of liberty of at least four years. Art. 35 extends cooperation on electronic evidence to any serious crime, not only to convention offences. A request about extortion punished by three years in the requesting State falls outside the convention: check the penalty in your own law before you ask.',
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
      "No State may carry out investigative measures on another State's territory: ask that State to act instead.",
    teaching:
      "Art. 5 keeps the sovereign equality and territorial integrity of States: nothing in the convention lets one State exercise jurisdiction or perform an authority's functions on another's territory. Ordering a foreign provider's servers searched, arresting a suspect abroad or seizing a foreign account yourself is unlawful. Use a request, the 24/7 network or a joint investigation team agreement.",
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
