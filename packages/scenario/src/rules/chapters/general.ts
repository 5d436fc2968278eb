import { cite } from '../cite.js';

/** Scope, offences, sovereignty and entry into force (Chapters I-II, Art. 65). */
export const GENERAL_RULES = [
  {
    id: 'offence.intent-and-without-right',
    citations: [cite.uncc('7-15')],
    effect: 'mechanic',
  },
  {
    id: 'offence.authorised-testing',
    citations: [cite.uncc('11(2)')],
    effect: 'mechanic',
  },
  {
    id: 'offence.convention-offence',
    citations: [cite.uncc('7-15'), cite.recalled('16'), cite.model('17', 'UNTOC 6')],
    effect: 'mechanic',
  },
  {
    id: 'scope.serious-crime',
    citations: [cite.uncc('2(h)'), cite.uncc('3(b)'), cite.recalled('35')],
    effect: 'rejection',
  },
  {
    id: 'scope.proceeds',
    citations: [cite.uncc('3(a)'), cite.model('50', 'UNTOC 13(7)')],
    effect: 'rejection',
  },
  {
    id: 'scope.other-assistance',
    citations: [cite.uncc('3(a)'), cite.model('40', 'UNTOC 18(1)'), cite.model('47', 'UNTOC 27(1)')],
    effect: 'rejection',
  },
  {
    id: 'treaty.in-force',
    citations: [cite.official('65(1)'), cite.recalled('65')],
    effect: 'mechanic',
  },
  {
    id: 'sovereignty.no-action-abroad',
    citations: [cite.uncc('5')],
    effect: 'rejection',
  },
  {
    id: 'human-rights.respect',
    citations: [cite.uncc('6')],
    effect: 'mechanic',
  },
  {
    id: 'dual-criminality.by-conduct',
    citations: [{ article: '35', model: 'UNCAC 43(2)', provenance: 'recalled-model-verified' }],
    effect: 'mechanic',
  },
] as const;
