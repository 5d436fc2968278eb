import { cite } from '../cite.js';

/** Channels, the 24/7 network and the e-evidence request kinds (Arts 36, 41, 44-46). */
export const CHANNEL_RULES = [
  {
    id: 'request.territorial-link',
    citations: [cite.model('42', 'BC 29(1)'), cite.model('44', 'BC 31(1)')],
    effect: 'rejection',
  },
  {
    id: 'channel.competent',
    citations: [cite.model('40', 'UNTOC 18(13)'), cite.model('41', 'BC 35')],
    effect: 'rejection',
  },
  {
    id: 'channel.diplomatic-required',
    citations: [cite.model('40', 'UNTOC 18(13)')],
    effect: 'rejection',
  },
  {
    id: 'channel.24-7.scope',
    citations: [cite.model('41', 'BC 35')],
    effect: 'rejection',
  },
  {
    id: 'channel.24-7.emergency',
    citations: [cite.uncc('2(o)'), cite.recalled('41')],
    effect: 'mechanic',
  },
  {
    id: 'mla.stored-data.expedited',
    citations: [cite.model('44', 'BC 31(3)')],
    effect: 'mechanic',
  },
  {
    id: 'real-time.domestic-law',
    citations: [cite.model('45', 'BC 33')],
    effect: 'rejection',
  },
  {
    id: 'real-time.contents.period',
    // No model lists the contents of these requests (BC 33, 34 list none): both articles recalled.
    citations: [cite.recalled('45'), cite.recalled('46')],
    effect: 'violation',
    penalty: 1,
  },
  {
    id: 'interception.serious-only',
    citations: [cite.model('30', 'BC 21(1)'), cite.model('46', 'BC 34')],
    effect: 'rejection',
  },
  {
    id: 'data-protection.transfer',
    citations: [cite.recalled('36')],
    effect: 'rejection',
  },
  {
    id: 'data-protection.onward-transfer',
    citations: [cite.recalled('36')],
    effect: 'violation',
    penalty: 3,
  },
] as const;
