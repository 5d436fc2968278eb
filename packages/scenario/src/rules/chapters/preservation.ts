import { cite } from '../cite.js';

const contents = cite.model('42', 'BC 29(2)');

/** International expedited preservation and the chain of providers (Arts 26, 42, 43). */
export const PRESERVATION_RULES = [
  {
    id: 'preservation.contents.authority',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.contents.offence-and-facts',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.contents.data-and-link',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.contents.custodian-or-location',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.contents.necessity',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.contents.intent-to-request-mla',
    citations: [contents],
    effect: 'rejection',
  },
  {
    id: 'preservation.no-dual-criminality',
    citations: [cite.model('42', 'BC 29(3)-(4)')],
    effect: 'rejection',
  },
  {
    id: 'preservation.refusal-grounds',
    citations: [cite.model('42', 'BC 29(5)')],
    effect: 'rejection',
  },
  {
    id: 'preservation.minimum-60-days',
    citations: [cite.model('42', 'BC 29(7)')],
    effect: 'mechanic',
  },
  {
    id: 'preservation.held-pending-mla',
    citations: [cite.model('42', 'BC 29(7)')],
    effect: 'mechanic',
  },
  {
    id: 'preservation.warning-duty',
    citations: [cite.model('42', 'BC 29(6)')],
    effect: 'violation',
    penalty: 2,
  },
  {
    id: 'preservation.chain-hop',
    citations: [cite.model('43', 'BC 30'), cite.model('26', 'BC 17')],
    effect: 'mechanic',
  },
] as const;
