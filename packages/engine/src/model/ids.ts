/** Ids of things declared by the scenario (slugs) and of things created in play (`req-7`). */
export type CountryId = string;
export type FactId = string;
export type OffenceId = string;
export type SuspectId = string;
export type ProviderId = string;
export type EvidenceId = string;
export type AssetId = string;
export type InjectId = string;
export type ObjectiveId = string;

export type CaseId = string;
export type MeasureId = string;
export type ClaimId = string;
export type ConsultationId = string;
export type AgreementId = string;
export type RequestId = string;
export type ProsecutionId = string;
export type ViolationId = string;

/**
 * The seats that are not countries. Their ids start with "@", which no scenario id can (ids are
 * slugs starting with a letter): a country, whatever the scenario calls it, can never be taken
 * for the instructor or the observer.
 */
export const INSTRUCTOR = '@instructor' as const;
export const OBSERVER = '@observer' as const;
export type Role = typeof INSTRUCTOR | typeof OBSERVER;

/** Who acts: a country's team (or its bot), or the instructor. */
export type Actor = CountryId | typeof INSTRUCTOR;

/** Game time: whole minutes since the scenario's start. */
export type GameTime = number;

/** Prefixes of ids created in play; the number comes from `State.nextNumber`. */
export const ID_PREFIX = {
  case: 'case',
  measure: 'measure',
  claim: 'claim',
  consultation: 'consult',
  agreement: 'agreement',
  request: 'req',
  prosecution: 'pros',
  violation: 'viol',
  award: 'award',
  note: 'note',
} as const;
