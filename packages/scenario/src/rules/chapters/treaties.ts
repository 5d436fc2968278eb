import { cite } from '../cite.js';

const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);
const untoc16 = (paragraph: string) => cite.model('37', `UNTOC 16(${paragraph})`);

/**
 * Existing treaties first: a bilateral treaty of mutual legal assistance or extradition between
 * two States governs their requests in place of the convention's procedure (Arts 37, 40; the UNCC
 * wording is recalled, the model clauses UNTOC 16 and 18 were read).
 */
export const TREATY_RULES = [
  {
    id: 'treaty.precedence',
    citations: [cite.model('40', 'UNTOC 18(6)-(7)')],
    effect: 'mechanic',
  },
  {
    id: 'treaty.convention-in-lieu',
    citations: [untoc18('7')],
    effect: 'mechanic',
  },
  {
    id: 'treaty.extradition-conditions',
    citations: [cite.model('37', 'UNTOC 16(3), 16(7)')],
    effect: 'rejection',
  },
  {
    id: 'treaty.channel',
    citations: [untoc18('7'), untoc16('7')],
    effect: 'rejection',
  },
  {
    id: 'treaty.contents',
    citations: [untoc18('7'), untoc16('7')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'treaty.refusal-grounds',
    citations: [untoc18('7'), untoc16('7')],
    effect: 'rejection',
  },
] as const;
