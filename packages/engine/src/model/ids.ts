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

/**
 * A juror of a moot court: `@juror-1`, `@juror-2`..., numbered by the server as jurors join. Like
 * the roles above it starts with "@", so no country can be taken for a juror, nor a juror for
 * another: each scores as itself, and the engine keeps each juror's scores apart.
 */
export type JurorId = `@juror-${number}`;
const JUROR_ID = /^@juror-[1-9][0-9]{0,3}$/;
export const isJuror = (id: string): id is JurorId => JUROR_ID.test(id);
export const jurorId = (number: number): JurorId => `@juror-${number}`;

/** Who acts: a country's team (or its bot), the instructor, or a juror (who only scores). */
export type Actor = CountryId | typeof INSTRUCTOR | JurorId;

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
  liveInject: 'live',
} as const;
