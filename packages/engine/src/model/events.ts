import type {
  AgreementId,
  AssetId,
  CaseId,
  ConsultationId,
  CountryId,
  EvidenceId,
  FactId,
  GameTime,
  InjectId,
  MeasureId,
  ObjectiveId,
  ProviderId,
  RequestId,
  SuspectId,
} from './ids.js';
import type {
  Agreement,
  Award,
  Consultation,
  ConsultationMessage,
  Copy,
  DomesticCase,
  JurisdictionClaim,
  Measure,
  Note,
  Preservation,
  Prosecution,
  Request,
  RequestOutcome,
  Share,
  Source,
  TipOff,
  Violation,
  WrittenInject,
} from './state.js';

/**
 * Everything that happens in a session, as facts in the past tense. `decide` and `advance`
 * produce events; `evolve` applies them. Each names the countries that may see it: the
 * server sends a seat only the events visible to its country (the instructor sees all).
 */
interface Base {
  at: GameTime;
  visibleTo: CountryId[];
}

type E<Type extends string, Payload> = Base & { type: Type } & Payload;

export type Event =
  | E<'CaseOpened', { case: DomesticCase }>
  | E<'ProceedingsTransferred', { caseId: CaseId; to: CountryId }>
  | E<'MeasureTaken', { measure: Measure }>
  | E<'MeasureCompleted', { measureId: MeasureId; outcome: string }>
  | E<'JurisdictionClaimed', { claim: JurisdictionClaim }>
  | E<'ConsultationOpened', { consultation: Consultation }>
  | E<'ConsultationMessageSent', { consultationId: ConsultationId; message: ConsultationMessage }>
  | E<'AgreementProposed', { agreement: Agreement }>
  | E<'AgreementAnswered', { agreementId: AgreementId; country: CountryId; accepted: boolean }>
  | E<'AgreementConcluded', { agreementId: AgreementId }>
  | E<'RequestSent', { request: Request }>
  | E<'RequestReceived', { requestId: RequestId }>
  | E<'RequestAcknowledged', { requestId: RequestId }>
  | E<'MoreInformationRequested', { requestId: RequestId; questions: string }>
  | E<'InformationProvided', { requestId: RequestId; contents: Record<string, string>; missing: string[] }>
  | E<'ConditionsOffered', { requestId: RequestId; conditions: string[] }>
  | E<'ConditionsAnswered', { requestId: RequestId; accepted: boolean }>
  // `authorisedBy`: the requested State's own authority (schema 4; null in older logs, see upcast.ts).
  // `reasoning`: the written reasoning of an extradition granted, where a moot court asks for it.
  | E<
      'ExecutionStarted',
      {
        requestId: RequestId;
        dueAt: GameTime;
        partOnly: EvidenceId[] | null;
        authorisedBy: string | null;
        reasoning?: string;
      }
    >
  | E<'RequestExecuted', { requestId: RequestId; partial: boolean; outcome: RequestOutcome }>
  | E<'RequestPostponed', { requestId: RequestId; until: GameTime; reasons: string }>
  | E<'PostponementEnded', { requestId: RequestId }>
  | E<'RequestRefused', { requestId: RequestId; ground: string; reasons: string }>
  | E<'RequestWithdrawn', { requestId: RequestId; reasons: string }>
  | E<'RequestNoLongerNeeded', { requestId: RequestId }>
  | E<'ProgressQueried', { requestId: RequestId; dueAt: GameTime }>
  | E<'WrittenConfirmationSent', { requestId: RequestId }>
  | E<'ProgressAnswered', { requestId: RequestId; text: string }>
  | E<'PreservationWarningSent', { requestId: RequestId; text: string }>
  | E<'ConfidentialityNoticeSent', { requestId: RequestId; text: string }>
  | E<'ProsecutionRequested', { requestId: RequestId }>
  | E<
      'DeadlineLapsed',
      {
        requestId: RequestId;
        deadline: 'progress-answer' | 'no-longer-needed' | 'prosecute-instead' | 'written-confirmation';
      }
    >
  | E<'ProsecutionOpened', { prosecution: Prosecution }>
  | E<'InformationShared', { shareId: string; share: Share }>
  | E<'EvidencePreserved', { evidenceId: EvidenceId; preservation: Preservation }>
  | E<'PreservationHeld', { evidenceId: EvidenceId; requestId: RequestId }>
  // `by`: whose preservation (logs written before preservations were kept per country are upcast
  // to one event per country, see upcast.ts).
  | E<'PreservationReleased', { evidenceId: EvidenceId; until: GameTime; by: CountryId }>
  | E<'PreservationEnded', { evidenceId: EvidenceId; by: CountryId }>
  | E<'EvidenceLost', { evidenceId: EvidenceId; reason: 'retention' | 'deleted' }>
  | E<'EvidenceDiscovered', { evidenceId: EvidenceId; country: CountryId; source: Source }>
  | E<'EvidenceObtained', { evidenceId: EvidenceId; country: CountryId; copy: Copy }>
  | E<'FactLearned', { factId: FactId; country: CountryId; source: Source }>
  | E<'SuspectIdentified', { suspectId: SuspectId; country: CountryId; source: Source }>
  | E<'SuspectLocated', { suspectId: SuspectId; country: CountryId; location: CountryId; source: Source }>
  | E<'SuspectMoved', { suspectId: SuspectId; from: CountryId; to: CountryId }>
  | E<'SuspectTippedOff', { suspectId: SuspectId; tipOff: TipOff }>
  | E<'SuspectArrested', { suspectId: SuspectId; by: CountryId; pendingExtraditionTo: CountryId | null }>
  | E<'SuspectSurrendered', { suspectId: SuspectId; from: CountryId; to: CountryId }>
  | E<'SuspectReleased', { suspectId: SuspectId; by: CountryId }>
  | E<'AssetDiscovered', { assetId: AssetId; country: CountryId; holder: ProviderId; source: Source }>
  | E<'AssetFrozen', { assetId: AssetId; by: CountryId; via: RequestId | MeasureId }>
  | E<'AssetMoved', { assetId: AssetId; from: ProviderId; to: ProviderId; scheduled: boolean }>
  | E<'AssetConfiscated', { assetId: AssetId; by: CountryId; returnedTo: CountryId | null }>
  | E<'InjectFired', { injectId: InjectId }>
  | E<'InjectHeld', { injectId: InjectId }>
  | E<'InjectReleased', { injectId: InjectId }>
  | E<'InjectCancelled', { injectId: InjectId }>
  | E<'InjectScheduled', { injectId: InjectId; scheduledAt: GameTime }>
  // Seen by the instructor alone: a planned inject is no team's to know before it fires.
  | E<'InjectWritten', { injectId: InjectId; written: WrittenInject; scheduledAt: GameTime }>
  | E<'EmergencyDeclared', Record<never, never>>
  | E<'ViolationRecorded', { violation: Violation }>
  | E<'ObjectiveMet', { objectiveId: ObjectiveId; by: CountryId[] }>
  | E<'ObjectiveMissed', { objectiveId: ObjectiveId }>
  | E<'PointsAwarded', { awardId: string; award: Award }>
  | E<'NoteAdded', { noteId: string; note: Note }>
  | E<'SessionEnded', Record<never, never>>;

export type EventType = Event['type'];
export type EventOf<Type extends EventType> = Extract<Event, { type: Type }>;
