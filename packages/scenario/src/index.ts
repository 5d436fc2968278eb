export * from './law/conduct.js';
export * from './law/offence-elements.js';
export { type ContentItem, contentKey, contentTerm } from './law/request-contents.js';
export * from './law/request-kinds.js';
export * from './law/reservations.js';
export * from './law/treaties.js';
export * from './law/treaty-terms.js';
export * from './law/vocabulary.js';
export {
  type LoadResult,
  loadScenarioText,
  MAX_SCENARIO_BYTES,
  positionOf,
  type ReferenceFieldsOfText,
  referenceFieldsOfText,
} from './load/load.js';
export {
  formatIssue,
  formatPath,
  type PathSegment,
  type ScenarioIssue,
  type Severity,
} from './load/problem.js';
export type { DeclaredId, Namespace as ReferenceKind, ReferenceField } from './load/references.js';
export { isRuleId, RULE_IDS, RULES, type RuleId, rule } from './rules/catalogue.js';
export * from './rules/provenance.js';
export {
  type Citation,
  PROVENANCES,
  type Provenance,
  type RuleEntry,
  weakestProvenance,
} from './rules/rule.js';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './schema/json-schema.js';
export {
  COMPOUND_KINDS,
  CONDITION_KINDS,
  type ConditionOf,
  DECISION_KINDS,
  type DecisionKind,
  EFFECT_KINDS,
  LiveInject,
} from './schema/play.js';
export { COORDINATION_BODY, isId, RESERVED_IDS, ROLE_NAMES, SLUG_PATTERN } from './schema/primitives.js';
export { fieldReference, REFERENCE_END, REFERENCE_START } from './schema/reference.js';
export * from './schema/scenario.js';
export {
  checkTranslations,
  TRANSLATABLE_FIELDS,
  textPath,
  translateScenario,
  translationFor,
  translationTags,
} from './schema/translations.js';
export { type CleanOptions, cleanText } from './text/clean.js';
export { formatDuration, parseDuration, parseUtcOffset } from './time/duration.js';
export { type Deadline, mainDeadlines, READING_MINUTES, realMinutesText } from './time/pace.js';
