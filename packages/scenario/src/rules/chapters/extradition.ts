import { cite } from '../cite.js';

const untoc16 = (paragraph: string) => cite.model('37', `UNTOC 16(${paragraph})`);

/** Extradition, provisional arrest and "extradite or prosecute" (Arts 22(3), 37). */
export const EXTRADITION_RULES = [
  {
    id: 'extradition.convention-offence',
    citations: [untoc16('1')],
    effect: 'rejection',
  },
  {
    id: 'extradition.person-present',
    citations: [untoc16('1')],
    effect: 'rejection',
  },
  {
    id: 'extradition.dual-criminality',
    citations: [untoc16('1'), cite.recalled('35')],
    effect: 'rejection',
  },
  {
    id: 'extradition.minimum-penalty',
    citations: [cite.model('37', 'UNTOC 16(7)')],
    effect: 'rejection',
  },
  {
    id: 'extradition.nationals',
    citations: [untoc16('10')],
    effect: 'mechanic',
  },
  {
    id: 'extradition.prosecute-instead',
    citations: [untoc16('10'), cite.model('37', 'UNTOC 16(11)-(12)'), cite.model('22', 'UNCAC 42(3)')],
    effect: 'violation',
    penalty: 5,
  },
  {
    id: 'extradition.refusal.fiscal',
    citations: [untoc16('15')],
    effect: 'rejection',
  },
  {
    id: 'extradition.refusal.discrimination',
    citations: [untoc16('14')],
    effect: 'mechanic',
  },
  {
    id: 'extradition.consult-before-refusal',
    citations: [untoc16('16')],
    effect: 'rejection',
  },
  {
    id: 'extradition.provisional-arrest',
    citations: [untoc16('9')],
    effect: 'mechanic',
  },
] as const;
