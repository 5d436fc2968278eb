import { cite } from '../cite.js';

/**
 * Safeguards when a State executes a measure for another (Arts 6, 24, 36; model BC 15, UNTOC
 * 18(17)), and the confidentiality that keeps a suspect from being tipped off (model BC 16(3),
 * UNTOC 18(20); the convention's wording recalled).
 */
export const SAFEGUARD_RULES = [
  {
    id: 'execution.own-authority',
    citations: [cite.uncc('6'), cite.model('24', 'BC 15'), cite.model('40', 'UNTOC 18(17)')],
    effect: 'violation',
    penalty: 2,
  },
  {
    id: 'execution.human-rights',
    citations: [cite.uncc('6'), cite.recalled('24')],
    effect: 'mechanic',
  },
  {
    id: 'data-protection.conditions',
    citations: [cite.recalled('36')],
    effect: 'rejection',
  },
  {
    id: 'confidentiality.tip-off',
    citations: [cite.model('25', 'BC 16(3)'), cite.model('40', 'UNTOC 18(20)'), cite.recalled('42')],
    effect: 'mechanic',
  },
] as const;
