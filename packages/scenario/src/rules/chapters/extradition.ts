import { cite } from '../cite.js';

const untoc16 = (paragraph: string) => cite.model('37', `UNTOC 16(${paragraph})`);

/** Extradition, provisional arrest and "extradite or prosecute" (Arts 22(3), 37). */
export const EXTRADITION_RULES = [
  {
    id: 'extradition.convention-offence',
    title: 'Extradition for convention offences',
    citations: [untoc16('1')],
    effect: 'rejection',
    summary:
      'Extradition under the convention covers convention offences punishable under the law of both States.',
    teaching:
      'Art. 37 applies to the offences of Chapter II. Convention offences are deemed included in existing extradition treaties, and the convention itself may serve as the legal basis where a treaty is needed.',
  },
  {
    id: 'extradition.person-present',
    title: 'The person must be in the requested State',
    citations: [untoc16('1')],
    effect: 'rejection',
    summary: 'Extradition can be requested only from the State where the person sought is present.',
    teaching:
      'Locate the suspect first (police cooperation, Art. 47). If the suspect moves, the request must follow them to the State where they now are; provisional arrest prevents flight while the request is prepared.',
  },
  {
    id: 'extradition.dual-criminality',
    title: 'Extradition needs dual criminality',
    citations: [untoc16('1'), cite.recalled('35')],
    effect: 'rejection',
    summary:
      'Extradition may be refused if the conduct is not a crime in the requested State; a refusal that relies on a different offence name is unlawful.',
    teaching:
      'The offence must be punishable in both States, judged by the conduct (Art. 35). A State whose law allows it may extradite even without dual criminality.',
  },
  {
    id: 'extradition.minimum-penalty',
    title: "Minimum penalty of the requested State's law",
    citations: [cite.model('37', 'UNTOC 16(7)')],
    effect: 'rejection',
    summary:
      "Extradition needs the offence to be punishable in both States by at least the minimum penalty the requested State's law or treaties set, often one year.",
    teaching:
      'Extradition is "subject to the conditions provided for by the domestic law of the requested State Party or by applicable extradition treaties, including ... the minimum penalty requirement" (model UNTOC 16(7)). One year, the threshold of BC 24(1)(a) and of many treaties, is common; each country\'s law sets its own. The digest recalls that the convention may itself name one year: check the official text before relying on a figure in practice.',
  },
  {
    id: 'extradition.nationals',
    title: 'Nationals may be protected from extradition',
    citations: [untoc16('10')],
    effect: 'mechanic',
    summary:
      'A State whose law forbids extraditing its nationals may refuse on that ground; then, when the requesting State asks, it must submit the case for prosecution.',
    teaching:
      'Many constitutions forbid extraditing nationals. The convention accepts this but closes the gap with "extradite or prosecute": refusing on nationality alone creates a duty to submit the case to the State\'s own prosecutors when asked.',
  },
  {
    id: 'extradition.prosecute-instead',
    title: 'Extradite or prosecute',
    citations: [untoc16('10'), cite.model('37', 'UNTOC 16(11)-(12)'), cite.model('22', 'UNCAC 42(3)')],
    effect: 'violation',
    penalty: 5,
    summary:
      'A State that refuses to extradite only because the person is its national must, when asked, submit the case to its prosecutors without undue delay.',
    teaching:
      'The requesting State asks for submission for prosecution; the requested State then opens a domestic case without undue delay, proceeds as for a grave domestic offence, and the two cooperate on evidence (model UNTOC 16(10)). Conditional surrender, where the national is surrendered to stand trial and returned home to serve the sentence, also discharges the duty (16(11)). Enforcing a foreign sentence is a different matter: a State that refuses to surrender its national to serve a sentence already imposed must consider enforcing that sentence itself (16(12)); it does not discharge the duty to prosecute.',
  },
  {
    id: 'extradition.refusal.fiscal',
    title: 'Fiscal matters are not a ground to refuse extradition',
    citations: [untoc16('15')],
    effect: 'rejection',
    summary:
      'Extradition may not be refused on the sole ground that the offence also involves fiscal matters.',
    teaching:
      'As for mutual legal assistance, a tax or customs aspect does not take an offence out of extradition.',
  },
  {
    id: 'extradition.refusal.discrimination',
    title: 'No extradition for persecution',
    citations: [untoc16('14')],
    effect: 'mechanic',
    summary:
      'Extradition may be refused where there are substantial grounds to believe the request aims to persecute the person for a protected reason.',
    teaching:
      'The requested State is not obliged to extradite where the request is made to punish a person for sex, race, language, religion, nationality, ethnic origin or political opinions, the same list as the ground to refuse assistance (rule mla.refusal.discriminatory-purpose). The model (UNTOC 16(14)) has no "language"; the digest recalls that the convention adds it: check the official text. The ground protects the person and must rest on substantial grounds.',
  },
  {
    id: 'extradition.consult-before-refusal',
    title: 'Consult before refusing extradition',
    citations: [untoc16('16')],
    effect: 'rejection',
    summary:
      'Before refusing extradition, the requested State consults the requesting State where appropriate, so that it can present its views: always, unless the person is not on its territory.',
    teaching:
      'The model says the requested State "shall, where appropriate, consult" (UNTOC 16(16)), to give the requesting State ample opportunity to present its opinions and information relevant to its allegation: to supply what is missing, offer assurances or propose prosecution in the requested State instead. The game treats consultation as appropriate before every refusal but one: when the person is not on the requested State\'s territory, nothing said about the allegation can change that, so that refusal may go at once. Conditions offered on the surrender, and accepted or declined, count as that consultation.',
  },
  {
    id: 'extradition.provisional-arrest',
    title: 'Provisional arrest in urgent cases',
    citations: [untoc16('9')],
    effect: 'mechanic',
    summary:
      "In urgent cases, the requested State may take the person into custody at the requesting State's request while extradition is prepared.",
    teaching:
      'A suspect who learns of the case may flee. Provisional arrest holds them while the full extradition request is drafted and sent. It needs the person to be located and present.',
  },
] as const;
