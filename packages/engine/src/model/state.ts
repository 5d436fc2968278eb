import type { Params } from '@crossborder/i18n';
import type {
  AgreementKind,
  Channel,
  DataKind,
  Governance,
  JurisdictionBasis,
  LiveInject,
  MeasureKind,
  RequestKind,
  RuleId,
} from '@crossborder/scenario';
import type {
  Actor,
  AgreementId,
  AssetId,
  CaseId,
  ClaimId,
  ConsultationId,
  CountryId,
  EvidenceId,
  FactId,
  GameTime,
  InjectId,
  MeasureId,
  ObjectiveId,
  OffenceId,
  ProsecutionId,
  ProviderId,
  RequestId,
  SuspectId,
  ViolationId,
} from './ids.js';
import type { MessageKey, MessageParams } from './message.js';

/**
 * The state of a session. Every collection is a record keyed by id (cheap lookups, small diffs);
 * everything in it is plain data, so `JSON.stringify` of two replays of the same events is equal.
 * What does not change during play (countries' law, the case's truth) stays in the scenario.
 */
export interface State {
  scenarioId: string;
  /** The game time of the last event applied. */
  now: GameTime;
  /** How many events have been applied. */
  seq: number;
  /** Counter for ids created in play (`req-7`), so that replays create the same ids. */
  nextNumber: number;
  emergency: boolean;
  ended: boolean;
  facts: Record<FactId, FactState>;
  evidence: Record<EvidenceId, EvidenceState>;
  suspects: Record<SuspectId, SuspectState>;
  assets: Record<AssetId, AssetState>;
  cases: Record<CaseId, DomesticCase>;
  measures: Record<MeasureId, Measure>;
  claims: Record<ClaimId, JurisdictionClaim>;
  consultations: Record<ConsultationId, Consultation>;
  agreements: Record<AgreementId, Agreement>;
  requests: Record<RequestId, Request>;
  shares: Record<string, Share>;
  prosecutions: Record<ProsecutionId, Prosecution>;
  injects: Record<InjectId, InjectState>;
  objectives: Record<ObjectiveId, ObjectiveState>;
  violations: Record<ViolationId, Violation>;
  awards: Record<string, Award>;
  notes: Record<string, Note>;
}

/** How a country came to know something: at the start, from evidence, an inject, another country... */
export type Source =
  | { kind: 'start' }
  | { kind: 'evidence'; evidence: EvidenceId }
  | { kind: 'inject'; inject: InjectId }
  | { kind: 'shared'; from: CountryId }
  | { kind: 'request'; request: RequestId }
  | { kind: 'measure'; measure: MeasureId }
  | { kind: 'chain-hop'; evidence: EvidenceId }
  | { kind: 'custody' };

export interface Knowledge {
  at: GameTime;
  source: Source;
}

export interface FactState {
  knownBy: Record<CountryId, Knowledge>;
}

export type EvidenceStatus = 'available' | 'lost';

/**
 * The shape of the state, raised whenever it changes (2: preservations kept per country; 3: a
 * violation keeps its catalogue key and parameters only, no English text; 4: a request records
 * the regime that governs it; 5: a request records who authorised its execution, a measure
 * whether it was ordered confidential, a suspect whether he was tipped off, and when evidence was first preserved and a suspect first arrested or surrendered). A saved snapshot of another shape is not restored: the session is
 * rebuilt from its event log instead.
 */
export const STATE_SHAPE = 5;

export interface Preservation {
  /** Who asked for it: the country whose order or request preserved the data. */
  by: CountryId;
  via: { kind: 'measure'; measure: MeasureId } | { kind: 'request'; request: RequestId };
  since: GameTime;
  /** Until when the data is kept; null while a follow-up MLA request awaits decision (Art. 42). */
  until: GameTime | null;
}

export interface Copy {
  at: GameTime;
  via:
    | { kind: 'measure'; measure: MeasureId }
    | { kind: 'request'; request: RequestId }
    | { kind: 'shared'; from: CountryId };
  /** The domestic case it was obtained for (speciality, Art. 40). */
  forCase: CaseId | null;
  /** Conditions it was given on (speciality, data protection). */
  conditions: string[];
  /** Obtained without the Art. 24 safeguards: usable, but open to challenge. */
  tainted: boolean;
}

export interface EvidenceState {
  status: EvidenceStatus;
  /** When the holder deletes it unless preserved; null when it is kept indefinitely. */
  expiresAt: GameTime | null;
  lostAt: GameTime | null;
  /**
   * Each country's own preservation, by country: each runs, is held (Art. 42) and ends on its
   * own, and each country sees its own. The data is kept while any of them runs.
   */
  preservations: Record<CountryId, Preservation>;
  /** Whether it was ever preserved, and by whom first (objectives). */
  preservedBy: CountryId[];
  /** When each country first had it preserved (when a condition on it became true). */
  preservedAt: Record<CountryId, GameTime>;
  knownBy: Record<CountryId, Knowledge>;
  obtainedBy: Record<CountryId, Copy>;
}

export interface Custody {
  by: CountryId;
  since: GameTime;
  /** Held on a provisional-arrest request pending extradition to this country. */
  pendingExtraditionTo: CountryId | null;
}

export interface SuspectState {
  location: CountryId;
  identityKnownBy: Record<CountryId, Knowledge>;
  /** Where each country believes the suspect is, and since when (it goes stale when the suspect moves). */
  locationKnownBy: Record<CountryId, Knowledge & { location: CountryId }>;
  custody: Custody | null;
  surrenderedTo: CountryId | null;
  surrenderedAt: GameTime | null;
  arrestedBy: CountryId[];
  /** When each country first held the suspect (when a condition on the arrest became true). */
  arrestedAt: Record<CountryId, GameTime>;
  /** When a provider first told him of an order or request on his data (a tip-off), and whose. */
  tippedOff: TipOff | null;
}

/** A provider told its customer of an order or request that was not confidential (model BC 16(3)). */
export interface TipOff {
  at: GameTime;
  /** The country whose order or request it was. */
  by: CountryId;
  provider: ProviderId;
  evidence: EvidenceId;
  via: { kind: 'measure'; measure: MeasureId } | { kind: 'request'; request: RequestId };
  /** `provider`: its own habit (`notifiesCustomers`); `law`: its country's law makes it tell (`notifiesDataSubjects`). */
  cause: 'provider' | 'law';
}

export interface AssetState {
  holder: ProviderId;
  /** Index of the next scheduled movement in the scenario. */
  nextMovement: number;
  frozen: { by: CountryId; at: GameTime; via: RequestId | MeasureId } | null;
  confiscated: { by: CountryId; at: GameTime; returnedTo: CountryId | null } | null;
  movedAt: GameTime[];
  knownBy: Record<CountryId, Knowledge & { holder: ProviderId }>;
}

export interface DomesticCase {
  id: CaseId;
  country: CountryId;
  title: string;
  offences: OffenceId[];
  openedAt: GameTime;
  /**
   * Set when its proceedings were transferred to another country (Art. 39): the case stays open
   * for investigation and assistance, but only that country may now prosecute.
   */
  transferredTo: CountryId | null;
}

export { MEASURE_KINDS, type MeasureKind } from '@crossborder/scenario';

export interface Safeguards {
  authorisedBy: string;
  grounds: string;
  scope: string;
  duration: string;
}

export interface Measure {
  id: MeasureId;
  country: CountryId;
  caseId: CaseId;
  kind: MeasureKind;
  target: { evidence: EvidenceId } | { suspect: SuspectId } | { asset: AssetId };
  safeguards: Safeguards;
  /** Minutes a preservation order keeps the data (at most 90 days, Art. 25). */
  durationMinutes: number | null;
  /** Ordered confidential: the custodian may not tell its customer (model BC 16(3)). */
  confidential: boolean;
  takenAt: GameTime;
  /** Held until this time (a common action time): absent for a measure carried out at once. */
  executeAt?: GameTime;
  completesAt: GameTime;
  completed: boolean;
  outcome: string | null;
}

export interface JurisdictionClaim {
  id: ClaimId;
  country: CountryId;
  offence: OffenceId;
  bases: JurisdictionBasis[];
  reasoning: string;
  at: GameTime;
  withdrawnAt: GameTime | null;
}

export const CONSULTATION_TOPICS = [
  'parallel-proceedings',
  'request',
  'costs',
  'transfer-of-proceedings',
  'joint-investigation',
  // A meeting hosted by the scenario's coordination body (case.coordinationBody), among its members.
  'coordination-meeting',
  'other',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export interface ConsultationMessage {
  from: CountryId;
  at: GameTime;
  text: string;
}

export interface Consultation {
  id: ConsultationId;
  topic: ConsultationTopic;
  openedBy: CountryId;
  participants: CountryId[];
  request: RequestId | null;
  offence: OffenceId | null;
  openedAt: GameTime;
  messages: ConsultationMessage[];
  closedAt: GameTime | null;
}

export interface AgreementTerms {
  /** Lead jurisdiction, or the country proceedings are transferred to. */
  lead: CountryId | null;
  offence: OffenceId | null;
  /** Members of a joint investigation team or of an action day. */
  members: CountryId[];
  text: string;
  /** The common action time of an action day: each member acts on its own territory then (Art. 5). */
  actionAt?: GameTime;
}

export interface Agreement {
  id: AgreementId;
  kind: AgreementKind;
  consultation: ConsultationId;
  proposedBy: CountryId;
  parties: CountryId[];
  terms: AgreementTerms;
  acceptedBy: CountryId[];
  rejectedBy: CountryId[];
  proposedAt: GameTime;
  concludedAt: GameTime | null;
}

export const REQUEST_STATUSES = [
  'in-transit',
  'received',
  'more-information-requested',
  'executing',
  'executed',
  'partially-executed',
  'postponed',
  'refused',
  'withdrawn',
  'no-longer-needed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The statuses in which a request is finished: nothing more happens to it. */
export const CLOSED_REQUEST_STATUSES: readonly RequestStatus[] = [
  'executed',
  'partially-executed',
  'refused',
  'withdrawn',
  'no-longer-needed',
];

export interface RequestSubject {
  evidence: EvidenceId[];
  suspect: SuspectId | null;
  asset: AssetId | null;
}

export interface RequestOutcome {
  /** Evidence delivered to the requesting country. */
  obtained: EvidenceId[];
  /** Evidence preserved for it. */
  preserved: EvidenceId[];
  /** Evidence that no longer existed when the request was executed. */
  unavailable: EvidenceId[];
  /** Other results ("suspect located in ...", "the funds had moved"), as message keys. */
  notes: OutcomeNote[];
}

/** A message key of the catalogue with its parameters, rendered by whoever shows it. */
export interface OutcomeNote {
  key: string;
  params: MessageParams;
}

export interface Request {
  id: RequestId;
  kind: RequestKind;
  from: CountryId;
  to: CountryId;
  caseId: CaseId;
  offence: OffenceId;
  channel: Channel;
  language: string;
  subject: RequestSubject;
  /** The texts of the required contents, by item id (see law/contents.ts). */
  contents: Record<string, string>;
  /** Required items missing when the request was sent or last completed (Art. 40 / 42). */
  missing: string[];
  urgent: boolean;
  /** An urgent request made orally must be confirmed in writing by this time (Art. 40); null once confirmed or if written. */
  confirmInWritingBy: GameTime | null;
  emergency: boolean;
  confidential: boolean;
  suggestedDeadline: GameTime | null;
  deadlineReason: string;
  /** Whether the convention binds both States (Art. 65), whatever governs the request. */
  underConvention: boolean;
  /**
   * The rules the request goes under, decided when it is sent: the convention's, a bilateral
   * treaty's in their place, or neither (Arts 37, 40; model UNTOC 16(7), 18(6)-(7)). Its channel,
   * contents and grounds of refusal are checked under them.
   */
  governedBy: Governance;
  sentAt: GameTime;
  receivedAt: GameTime;
  /** When the requested State confirmed receipt; the requesting State sees it. */
  acknowledgedAt: GameTime | null;
  status: RequestStatus;
  statusAt: GameTime;
  /** When execution completes (status executing), or when postponement ends (postponed). */
  dueAt: GameTime | null;
  /** The evidence being delivered when the requested State executes only part of the request. */
  partOnly: EvidenceId[] | null;
  /** The requested State's own authority that authorised executing it (Arts 24, 40); null before, or if none was named. */
  executionAuthorisedBy: string | null;
  /** The requesting State's written reasoning for sending it, for a moot court's jury; absent if none was given. */
  reasoning?: string;
  /** The requested State's written reasoning for granting it (an extradition decision, moot mode); absent if none. */
  executionReasoning?: string;
  conditions: { offered: string[]; offeredAt: GameTime; accepted: boolean | null } | null;
  consultations: ConsultationId[];
  refusal: { ground: string; reasons: string } | null;
  postponement: { until: GameTime; reasons: string } | null;
  progressQueries: { at: GameTime; answeredAt: GameTime | null; dueAt: GameTime; overdue: boolean }[];
  /** Warnings that preservation may not secure the data (Art. 42). */
  warnings: { at: GameTime; text: string }[];
  /** Notices that the request cannot be kept confidential (Art. 40). */
  confidentialityNotices: { at: GameTime; text: string }[];
  moreInformation: { askedAt: GameTime; questions: string; answeredAt: GameTime | null }[];
  outcome: RequestOutcome | null;
  /** When the requesting country must say it no longer needs the assistance (Art. 40). */
  noLongerNeededDueAt: GameTime | null;
  /** Set when a refusal solely on nationality was followed by a request to prosecute instead. */
  prosecutionRequestedAt: GameTime | null;
  /** Set when the requested State let the time to submit the case for prosecution pass (Art. 37). */
  prosecutionOverdue: boolean;
}

/** Information one country gave another without being asked (Arts 40, 47, 51). */
export interface Share {
  from: CountryId;
  to: CountryId;
  at: GameTime;
  facts: FactId[];
  evidence: EvidenceId[];
  suspects: SuspectId[];
  conditions: string[];
}

export interface Prosecution {
  id: ProsecutionId;
  country: CountryId;
  suspect: SuspectId;
  caseId: CaseId;
  evidence: EvidenceId[];
  reasoning: string;
  at: GameTime;
  /** Opened on another State's request after refusing to extradite a national (Art. 37). */
  onRequest: RequestId | null;
}

export type InjectStatus = 'pending' | 'held' | 'fired' | 'cancelled';

export interface InjectState {
  status: InjectStatus;
  /** Scheduled game time (from the scenario, or set by the instructor); null for condition triggers. */
  at: GameTime | null;
  firedAt: GameTime | null;
  /** What the instructor wrote live (absent for the scenario's own injects, and in older states). */
  written?: WrittenInject;
}

/**
 * An inject the instructor wrote during play: news with optional effects (`inject`), or words to
 * the teams (`message`, no title of its own, no effects). Both reach their audience the same way.
 */
export interface WrittenInject {
  kind: 'inject' | 'message';
  inject: LiveInject;
}

export interface ObjectiveState {
  metAt: GameTime | null;
  /** Countries credited with it. */
  metBy: CountryId[];
  missedAt: GameTime | null;
}

export interface Violation {
  id: ViolationId;
  ruleId: RuleId;
  country: CountryId;
  at: GameTime;
  /**
   * What happened: a catalogue key and its parameters, said in the reader's language wherever
   * the violation is shown (logs from before keys were kept are upcast to `violation.as-recorded`).
   */
  line: { key: MessageKey; params: Params };
  penalty: number;
  refs: {
    request?: RequestId;
    evidence?: EvidenceId;
    measure?: MeasureId;
    suspect?: SuspectId;
    offence?: OffenceId;
  };
}

export interface Award {
  country: CountryId;
  criterion: string;
  level: number;
  points: number;
  feedback: string;
  at: GameTime;
  /**
   * Who scored: the instructor or a juror. Absent from awards recorded before juror seats, which
   * the instructor's console gave (read them with `awardedBy`).
   */
  by?: Actor;
}

export interface Note {
  at: GameTime;
  text: string;
  country: CountryId | null;
}

export type { DataKind };
