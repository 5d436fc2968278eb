import { cite } from '../cite.js';

/**
 * Hearing a witness abroad (Art. 40): by video conference, or by the temporary transfer of a
 * person held in custody. The UNCC's own paragraphs were not read; the model clauses were
 * (UNTOC 18(10)-(12) and 18(18)), so only the model carries paragraph numbers.
 */
const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);

export const TESTIMONY_RULES = [
  {
    id: 'witness.video.person-present',
    citations: [untoc18('18')],
    effect: 'rejection',
  },
  {
    id: 'witness.video.why-not-in-person',
    citations: [untoc18('18')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'witness.transfer.detained',
    citations: [untoc18('10')],
    effect: 'rejection',
  },
  {
    id: 'witness.transfer.terms',
    citations: [untoc18('10'), untoc18('11')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'witness.transfer.consent',
    citations: [untoc18('10')],
    effect: 'mechanic',
  },
  {
    id: 'witness.transfer.custody-and-return',
    citations: [untoc18('11'), untoc18('12')],
    effect: 'mechanic',
  },
] as const;
