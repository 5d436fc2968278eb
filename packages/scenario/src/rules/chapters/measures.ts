import { cite } from '../cite.js';

/** Domestic procedural powers and their safeguards (Arts 24-30). */
export const MEASURE_RULES = [
  {
    id: 'safeguards.conditions',
    citations: [cite.model('24', 'BC 15')],
    effect: 'violation',
    penalty: 2,
  },
  {
    id: 'measures.preservation-order-90-days',
    citations: [cite.model('25', 'BC 16(2)')],
    effect: 'rejection',
  },
  {
    id: 'measures.production-order',
    citations: [cite.model('27', 'BC 18(1)')],
    effect: 'rejection',
  },
  {
    id: 'measures.search-and-seizure',
    citations: [cite.model('28', 'BC 19')],
    effect: 'mechanic',
  },
  {
    id: 'measures.real-time-and-interception',
    citations: [cite.model('29', 'BC 20'), cite.model('30', 'BC 21')],
    effect: 'mechanic',
  },
  {
    id: 'data.lost-after-retention',
    citations: [cite.model('25', 'BC 16'), cite.recalled('42')],
    effect: 'mechanic',
  },
] as const;
