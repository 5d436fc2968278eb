import { cite } from '../cite.js';

/** Police cooperation, joint investigations and asset recovery (Arts 31, 47-52). */
export const COOPERATION_RULES = [
  {
    id: 'police.cooperation',
    citations: [cite.model('47', 'UNTOC 27')],
    effect: 'mechanic',
  },
  {
    id: 'jit.agreement',
    citations: [cite.model('48', 'UNTOC 19')],
    effect: 'mechanic',
  },
  {
    id: 'jit.territorial-sovereignty',
    citations: [cite.model('48', 'UNTOC 19'), cite.uncc('5')],
    effect: 'rejection',
  },
  {
    id: 'assets.request-contents',
    citations: [cite.model('50', 'UNTOC 13(3)')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'assets.frozen-stay',
    citations: [cite.model('31', 'UNTOC 12'), cite.model('50', 'UNTOC 13(2)')],
    effect: 'mechanic',
  },
  {
    id: 'assets.return-priority',
    citations: [cite.model('52', 'UNTOC 14(2)')],
    effect: 'mechanic',
  },
] as const;
