import { CHANNEL_RULES } from './chapters/channels.js';
import { COOPERATION_RULES } from './chapters/cooperation.js';
import { EXTRADITION_RULES } from './chapters/extradition.js';
import { GENERAL_RULES } from './chapters/general.js';
import { JURISDICTION_RULES } from './chapters/jurisdiction.js';
import { MEASURE_RULES } from './chapters/measures.js';
import { MLA_RULES } from './chapters/mla.js';
import { PRESERVATION_RULES } from './chapters/preservation.js';
import { RESERVATION_RULES } from './chapters/reservations.js';
import { SAFEGUARD_RULES } from './chapters/safeguards.js';
import { TESTIMONY_RULES } from './chapters/testimony.js';
import { TREATY_RULES } from './chapters/treaties.js';
import { RuleEntry } from './rule.js';

/**
 * The rules catalogue: every checkable rule of the convention digest (convention-rules.md §8)
 * as data. The engine cites rules by id only; articles, provenance and explanations live here,
 * so a legal reviewer corrects a citation in `chapters/` without touching the engine.
 */
const ALL = [
  ...GENERAL_RULES,
  ...RESERVATION_RULES,
  ...JURISDICTION_RULES,
  ...MEASURE_RULES,
  ...PRESERVATION_RULES,
  ...CHANNEL_RULES,
  ...SAFEGUARD_RULES,
  ...MLA_RULES,
  ...TESTIMONY_RULES,
  ...EXTRADITION_RULES,
  ...TREATY_RULES,
  ...COOPERATION_RULES,
];

export type RuleId = (typeof ALL)[number]['id'];

export const RULES: Readonly<Record<RuleId, RuleEntry>> = Object.fromEntries(
  ALL.map((entry) => [entry.id, RuleEntry.parse(entry)]),
) as Record<RuleId, RuleEntry>;

export const RULE_IDS = ALL.map((entry) => entry.id) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

export function rule(id: RuleId): RuleEntry {
  return RULES[id];
}
