import { cite } from '../cite.js';

/**
 * Reservations and optional elements: how a State narrows an offence or a measure where the
 * convention lets it (Arts 7-15 read in the text; Art. 23 recalled, model BC 14(3)(a)).
 */
export const RESERVATION_RULES = [
  {
    id: 'reservation.offence-elements',
    citations: [
      cite.uncc('7(2)'),
      cite.uncc('8(2)'),
      cite.uncc('9(2)'),
      cite.uncc('12(2)'),
      cite.uncc('14(3)'),
      cite.uncc('14(4)'),
      cite.uncc('15'),
      cite.model('35', 'UNCAC 43(2)'),
    ],
    effect: 'mechanic',
  },
  {
    id: 'reservation.misuse-of-devices',
    citations: [cite.uncc('11(3)')],
    effect: 'mechanic',
  },
  {
    id: 'reservation.real-time-collection',
    citations: [cite.model('23', 'BC 14(3)(a)'), cite.model('45', 'BC 33(2)')],
    effect: 'rejection',
  },
] as const;
