import { cite } from '../cite.js';

/** Jurisdiction and concentrating proceedings (Arts 22, 39). */
export const JURISDICTION_RULES = [
  {
    id: 'jurisdiction.territory',
    citations: [cite.model('22', 'UNCAC 42(1)')],
    effect: 'mechanic',
  },
  {
    id: 'jurisdiction.optional-basis',
    citations: [cite.model('22', 'UNCAC 42(2)')],
    effect: 'rejection',
  },
  {
    id: 'jurisdiction.basis-unsupported',
    citations: [cite.model('22', 'UNCAC 42(1)-(2)')],
    effect: 'rejection',
  },
  {
    id: 'jurisdiction.national-not-extradited',
    citations: [cite.model('22', 'UNCAC 42(3)')],
    effect: 'mechanic',
  },
  {
    id: 'jurisdiction.consult-parallel',
    citations: [cite.model('22', 'UNCAC 42(5)')],
    effect: 'violation',
    penalty: 3,
  },
  {
    id: 'proceedings.transfer',
    citations: [cite.model('39', 'UNTOC 21')],
    effect: 'mechanic',
  },
] as const;
