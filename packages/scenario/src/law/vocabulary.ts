/**
 * The closed vocabularies of the domain, shared by the scenario format, the engine and the
 * client. Each is a plain list so that zod enums, JSON Schema and UI pickers come from one place.
 */

/** Kinds of electronic evidence (Art. 2(c), (d), (f)) plus financial records and seized devices. */
export const DATA_KINDS = ['subscriber', 'traffic', 'content', 'financial', 'device'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** The data kinds whose retention a country's law limits; financial records and devices are kept. */
export const RETAINED_DATA_KINDS = ['subscriber', 'traffic', 'content'] as const;
export type RetainedDataKind = (typeof RETAINED_DATA_KINDS)[number];

/** Optional bases of jurisdiction a country may adopt (Art. 22(2)); territory is always mandatory. */
export const OPTIONAL_JURISDICTION_BASES = [
  'victim-nationality',
  'offender-nationality',
  'against-the-state',
] as const;
export type OptionalJurisdictionBasis = (typeof OPTIONAL_JURISDICTION_BASES)[number];

/** Every basis a jurisdiction claim may state. */
export const JURISDICTION_BASES = [
  'territory',
  ...OPTIONAL_JURISDICTION_BASES,
  'national-not-extradited',
] as const;
export type JurisdictionBasis = (typeof JURISDICTION_BASES)[number];

/**
 * The measures a country takes under its own law (Arts 25-31, 46-47 for their use for another
 * State), and how long each takes from order to result unless the country's law says otherwise
 * (`law.measureTime`): a teaching choice, not the convention's.
 */
export const MEASURE_KINDS = [
  'preservation-order',
  'production-order',
  'search-and-seizure',
  'real-time-collection',
  'interception',
  'arrest',
  'freezing-order',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const DEFAULT_MEASURE_TIME: Record<MeasureKind, string> = {
  'preservation-order': '2h',
  'production-order': '1d',
  'search-and-seizure': '1d',
  'real-time-collection': '2d',
  interception: '2d',
  arrest: '6h',
  'freezing-order': '2h',
};

/** Channels a request can travel by. */
export const CHANNELS = ['24-7-network', 'central-authority', 'police', 'diplomatic'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONVENTION_STATUSES = ['party', 'signatory', 'non-party'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const PROVIDER_KINDS = [
  'isp',
  'hosting',
  'cloud',
  'email',
  'messaging',
  'platform',
  'registrar',
  'vpn',
  'exchange',
  'bank',
  'payment',
  'other',
] as const;

export const ASSET_KINDS = ['bank-account', 'crypto-wallet', 'property', 'other'] as const;

export const VICTIM_KINDS = ['person', 'organisation', 'state-body'] as const;

export const AGREEMENT_KINDS = [
  'lead-jurisdiction',
  'transfer-of-proceedings',
  'joint-investigation-team',
  // A common action time (Art. 5 recalled: each member acts on its own territory, at the same hour).
  'action-day',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
