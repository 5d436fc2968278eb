import { cite } from '../cite.js';

const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);

/** Mutual legal assistance: form, contents, grounds, consultation and follow-up (Art. 40). */
export const MLA_RULES = [
  {
    id: 'mla.form.language',
    citations: [untoc18('14')],
    effect: 'rejection',
  },
  {
    id: 'mla.form.urgent-oral',
    citations: [untoc18('14')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.requesting-authority',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.nature-of-case',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.summary-of-facts',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.assistance-sought',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.persons-concerned',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.contents.purpose',
    citations: [untoc18('15')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.more-information',
    citations: [untoc18('16')],
    effect: 'mechanic',
  },
  {
    id: 'mla.execution.domestic-law',
    citations: [untoc18('17')],
    effect: 'mechanic',
  },
  {
    id: 'mla.refusal.closed-list',
    citations: [untoc18('21')],
    effect: 'rejection',
  },
  {
    id: 'mla.refusal.not-conforming',
    citations: [untoc18('21')],
    effect: 'rejection',
  },
  {
    id: 'mla.refusal.essential-interests',
    citations: [untoc18('21')],
    effect: 'mechanic',
  },
  {
    id: 'mla.refusal.domestic-law-prohibits',
    citations: [untoc18('21')],
    effect: 'mechanic',
  },
  {
    id: 'mla.refusal.contrary-to-legal-system',
    citations: [untoc18('21')],
    effect: 'mechanic',
  },
  {
    id: 'mla.refusal.discriminatory-purpose',
    citations: [cite.recalled('40')],
    effect: 'mechanic',
  },
  {
    id: 'mla.refusal.bank-secrecy',
    citations: [untoc18('8')],
    effect: 'rejection',
  },
  {
    id: 'mla.refusal.fiscal',
    citations: [untoc18('22')],
    effect: 'rejection',
  },
  {
    id: 'mla.refusal.no-dual-criminality',
    citations: [untoc18('9'), cite.recalled('35')],
    effect: 'rejection',
  },
  {
    id: 'mla.refusal.reasons-required',
    citations: [untoc18('23')],
    effect: 'rejection',
  },
  {
    id: 'mla.consult-before-refusal',
    citations: [untoc18('26')],
    effect: 'rejection',
  },
  {
    id: 'mla.conditions-bind',
    citations: [untoc18('26')],
    effect: 'violation',
    penalty: 4,
  },
  {
    id: 'mla.postpone.ground',
    citations: [untoc18('25')],
    effect: 'rejection',
  },
  {
    id: 'mla.deadline.reasons',
    citations: [untoc18('24')],
    effect: 'practice',
  },
  {
    id: 'mla.progress.answer',
    citations: [untoc18('24')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.no-longer-needed',
    citations: [untoc18('24')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'mla.confidentiality',
    citations: [untoc18('20')],
    effect: 'violation',
    penalty: 2,
  },
  {
    id: 'mla.speciality',
    citations: [untoc18('19')],
    effect: 'violation',
    penalty: 4,
  },
  {
    id: 'mla.spontaneous-information',
    citations: [cite.model('40', 'UNTOC 18(4)-(5)'), cite.recalled('51')],
    effect: 'mechanic',
  },
  {
    id: 'mla.costs',
    citations: [untoc18('28')],
    effect: 'violation',
    penalty: 1,
  },
] as const;
