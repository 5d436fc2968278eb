import { cite } from '../cite.js';

/** Jurisdiction and concentrating proceedings (Arts 22, 39). */
export const JURISDICTION_RULES = [
  {
    id: 'jurisdiction.territory',
    title: 'Territorial jurisdiction is mandatory',
    citations: [cite.model('22', 'UNCAC 42(1)')],
    effect: 'mechanic',
    summary: 'A State where any part of the conduct took place has jurisdiction over the offence.',
    teaching:
      'Every party must establish jurisdiction over offences committed on its territory or on board its ships and aircraft. In cybercrime, several States often qualify: the one where the attacker sat, the one whose systems were hit, the one hosting the servers. That is why conflicts of claims are normal and must be settled by consultation.',
  },
  {
    id: 'jurisdiction.optional-basis',
    title: 'Optional bases need domestic law',
    citations: [cite.model('22', 'UNCAC 42(2)')],
    effect: 'rejection',
    summary:
      'Victim nationality, offender nationality and offences against the State are optional bases: claim them only if your law adopted them.',
    teaching:
      "Art. 22(2) lets a State extend its jurisdiction to offences against its nationals, by its nationals or stateless residents, or against the State itself. These bases are optional: a State may claim one only if its own law has adopted it. Look at your country's law card before claiming anything other than territory.",
  },
  {
    id: 'jurisdiction.basis-unsupported',
    title: 'A claim must rest on the facts',
    citations: [cite.model('22', 'UNCAC 42(1)-(2)')],
    effect: 'rejection',
    summary:
      'A jurisdiction claim must rest on facts you know: the basis stated has to hold for this case, such as conduct on your territory.',
    teaching:
      'Claiming territory needs conduct that took place on your territory; claiming victim nationality needs a victim who is your national; claiming offender nationality needs an identified suspect of your nationality or a stateless person living with you. A claim built on facts you do not yet have is premature: obtain the evidence first.',
  },
  {
    id: 'jurisdiction.national-not-extradited',
    title: 'Jurisdiction over nationals you do not extradite',
    citations: [cite.model('22', 'UNCAC 42(3)')],
    effect: 'mechanic',
    summary:
      'A State that refuses to extradite a person only because they are its national must be able to prosecute them itself.',
    teaching:
      "This is the jurisdictional half of 'extradite or prosecute'. If your law forbids extraditing nationals and you refuse on that ground alone, your prosecutors must be competent to try the case, wherever the offence was committed. The requesting State can then ask you to submit the case for prosecution (rule extradition.prosecute-instead).",
  },
  {
    id: 'jurisdiction.consult-parallel',
    title: 'Consult on parallel proceedings',
    citations: [cite.model('22', 'UNCAC 42(5)')],
    effect: 'violation',
    penalty: 3,
    summary:
      'When you learn that another State is investigating or prosecuting the same conduct, consult it, as appropriate, to coordinate before acting alone.',
    teaching:
      "A State exercising jurisdiction that has been notified, or has otherwise learned, that another State is investigating, prosecuting or trying the same conduct shall, as appropriate, consult it to coordinate their actions. What sets off the duty is learning of those proceedings, from the other State's public claim over a case it has opened or from a request it sends you about the offence, not a claim alone. The game counts consultation as appropriate before your own arrest, prosecution or extradition request on that offence. Parallel arrests, competing requests to the same provider and duplicated prosecutions waste evidence and time and can tip off suspects. Open a consultation as soon as you learn of the other case.",
  },
  {
    id: 'proceedings.transfer',
    title: 'Transfer of criminal proceedings',
    citations: [cite.model('39', 'UNTOC 21')],
    effect: 'mechanic',
    summary:
      'States shall consider transferring proceedings to one State when that serves justice, especially when several jurisdictions are involved.',
    teaching:
      'The convention does not say who wins a conflict of jurisdiction. Its tool is transfer: States consider moving the prosecution to the one best placed (where the suspect is, where most evidence and victims are), so that the case is tried once. Agree on it in a consultation and record the agreement.',
  },
] as const;
