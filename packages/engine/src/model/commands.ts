import {
  AGREEMENT_KINDS,
  CHANNELS,
  cleanText,
  isId,
  JURISDICTION_BASES,
  LiveInject,
  REQUEST_KIND_IDS,
} from '@crossborder/scenario';
import { z } from 'zod';
import { CONSULTATION_TOPICS, MEASURE_KINDS } from './state.js';

/**
 * Every command a team or the instructor can give, as zod schemas: the wire protocol parses
 * payloads with them before the engine sees anything. Who acts is never part of a command; the
 * server takes it from the seat.
 */
/**
 * How much a command may carry, and how much one thing may gather from commands over a game.
 * Lengths count UTF-16 units (JavaScript's `length`). The caps on what piles up keep every
 * entity, and so every view and its snapshot, bounded whatever a seat sends; each is well above
 * what a workshop of a few hours needs (a consultation rarely passes a few dozen messages), and
 * reaching one is a rejection that says what to do instead (open a new consultation...).
 */
export const LIMITS = {
  /** A title, a condition, a line of safeguards. */
  shortText: 300,
  /** Reasons, reasoning, a message, questions, the texts of a request. */
  longText: 4000,
  /** Messages in one consultation, the first included (at most 800,000 characters in all). */
  consultationMessages: 200,
  /** Consultations opened on one request. */
  consultationsPerRequest: 20,
  /** Times the requested State asks for more information on one request (each a round trip). */
  moreInformationRounds: 10,
  /** Progress queries on one request (one at a time, each answered before the next). */
  progressQueries: 50,
  /** Preservation warnings (Art. 42) sent on one request. */
  warnings: 10,
  /** Confidentiality notices (Art. 40) sent on one request. */
  confidentialityNotices: 10,
  /** The instructor's notes in one session. */
  notes: 1000,
  /** Injects and messages the instructor writes live in one session. */
  liveInjects: 500,
  /** A message to the teams (it reaches them as an inject's message, which is as long as it may be). */
  message: 2000,
} as const;

/** Ids in commands are scenario slugs or ids made in play (`req-7`), never a built-in name. */
const Id = z.string().min(1).max(64).refine(isId, { error: 'not an id' });

/**
 * Text a player typed. It is cleaned before anything else (`cleanText`: control, bidi-override
 * and hiding characters go), then trimmed and measured: a text of nothing but such characters is
 * empty, and fails wherever an empty one fails. One line (a title) or several (reasons).
 */
const typed = (max: number, multiline: boolean) =>
  z
    .string()
    .overwrite((text) => cleanText(text, { multiline }))
    .trim()
    .max(max);
const ShortText = typed(LIMITS.shortText, false);
const LongText = typed(LIMITS.longText, true);
const GameMinute = z.number().int().min(0).max(10_000_000);

export const REFUSAL_GROUNDS = [
  // Art. 40 (model UNTOC 18(21)) and the UNCC's non-discrimination addition
  'not-conforming',
  'essential-interests',
  'domestic-law-prohibits',
  'contrary-to-legal-system',
  'discriminatory-purpose',
  // Arts 6, 24: execution would breach human rights (whatever governs the request)
  'human-rights',
  // Art. 40 (model UNTOC 18(9)): discretionary
  'no-dual-criminality',
  // Art. 2(h), 35: outside the convention's scope
  'not-serious-crime',
  // Art. 36
  'data-protection',
  // Art. 37
  'national',
  'person-not-present',
  // Art. 65: no convention relationship between the two States
  'no-convention-relationship',
  // Not the convention's: lawful only where a treaty that governs the request allows it (Arts 37,
  // 40, model UNTOC 16(7), 18(7); the ground is in BC 27(4)(a), not in UNTOC 18(21))
  'political-offence',
  // Never lawful; offered so that trainees can try them and learn why not (Art. 40, 37)
  'bank-secrecy',
  'fiscal-matter',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export const POSTPONEMENT_GROUNDS = ['interferes-with-ongoing-case', 'workload', 'other'] as const;

const Safeguards = z.strictObject({
  authorisedBy: ShortText,
  grounds: ShortText,
  scope: ShortText,
  duration: ShortText,
});

const Target = z.union([
  z.strictObject({ evidence: Id }),
  z.strictObject({ suspect: Id }),
  z.strictObject({ asset: Id }),
]);

export const CountryCommand = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('openCase'),
    title: ShortText.min(1),
    offences: z.array(Id).min(1).max(20),
  }),
  z.strictObject({
    type: z.literal('takeMeasure'),
    caseId: Id,
    kind: z.enum(MEASURE_KINDS),
    target: Target,
    safeguards: Safeguards,
    durationDays: z.number().int().min(1).max(365).optional(),
    /** Orders the provider to keep the measure confidential (model BC 16(3)): no tip-off, where the law allows. */
    confidential: z.boolean().optional(),
    /** Carried out at this game time, not before (a common action time): authorised now, executed then. */
    executeAt: GameMinute.optional(),
  }),
  z.strictObject({
    type: z.literal('claimJurisdiction'),
    offence: Id,
    bases: z.array(z.enum(JURISDICTION_BASES)).min(1).max(5),
    reasoning: LongText,
  }),
  z.strictObject({
    type: z.literal('openConsultation'),
    with: z.array(Id).min(1).max(8),
    topic: z.enum(CONSULTATION_TOPICS),
    request: Id.optional(),
    offence: Id.optional(),
    message: LongText.min(1),
  }),
  z.strictObject({ type: z.literal('sendConsultationMessage'), consultationId: Id, text: LongText.min(1) }),
  z.strictObject({
    type: z.literal('proposeAgreement'),
    consultationId: Id,
    kind: z.enum(AGREEMENT_KINDS),
    lead: Id.optional(),
    offence: Id.optional(),
    members: z.array(Id).max(8).optional(),
    /** An action day's common action time (game time). */
    actionAt: GameMinute.optional(),
    text: LongText,
  }),
  z.strictObject({ type: z.literal('answerAgreement'), agreementId: Id, accept: z.boolean() }),
  z.strictObject({
    type: z.literal('sendRequest'),
    kind: z.enum(REQUEST_KIND_IDS as unknown as [string, ...string[]]),
    to: Id,
    caseId: Id,
    offence: Id,
    channel: z.enum(CHANNELS),
    language: typed(3, false).min(2),
    subject: z.strictObject({
      evidence: z.array(Id).max(20).optional(),
      suspect: Id.optional(),
      asset: Id.optional(),
    }),
    contents: z.record(z.string().regex(/^[a-z][a-z-]{1,40}$/), LongText),
    urgent: z.boolean().optional(),
    oral: z.boolean().optional(),
    emergency: z.boolean().optional(),
    confidential: z.boolean().optional(),
    suggestedDeadline: GameMinute.optional(),
    deadlineReason: LongText.optional(),
    /** Why this request, to this State, now: written reasoning a moot court's rubric may ask for. */
    reasoning: LongText.optional(),
  }),
  z.strictObject({
    type: z.literal('provideInformation'),
    requestId: Id,
    contents: z.record(z.string().regex(/^[a-z][a-z-]{1,40}$/), LongText),
  }),
  z.strictObject({ type: z.literal('answerConditions'), requestId: Id, accept: z.boolean() }),
  z.strictObject({ type: z.literal('queryProgress'), requestId: Id }),
  z.strictObject({ type: z.literal('confirmInWriting'), requestId: Id }),
  z.strictObject({ type: z.literal('withdrawRequest'), requestId: Id, reasons: LongText }),
  z.strictObject({ type: z.literal('declareNoLongerNeeded'), requestId: Id }),
  z.strictObject({ type: z.literal('requestProsecution'), requestId: Id }),
  z.strictObject({ type: z.literal('acknowledgeRequest'), requestId: Id }),
  z.strictObject({ type: z.literal('askMoreInformation'), requestId: Id, questions: LongText.min(1) }),
  z.strictObject({
    type: z.literal('offerConditions'),
    requestId: Id,
    conditions: z.array(ShortText.min(1)).min(1).max(10),
  }),
  // `authorisedBy`: the requested State's own competent authority for the measure (Arts 24, 40).
  // `reasoning`: why an extradition is granted, which a moot court's rubric may ask for.
  z.strictObject({
    type: z.literal('executeRequest'),
    requestId: Id,
    authorisedBy: ShortText.optional(),
    reasoning: LongText.optional(),
  }),
  z.strictObject({
    type: z.literal('executeInPart'),
    requestId: Id,
    evidence: z.array(Id).min(1).max(20),
    reasons: LongText,
    authorisedBy: ShortText.optional(),
  }),
  z.strictObject({
    type: z.literal('postponeRequest'),
    requestId: Id,
    ground: z.enum(POSTPONEMENT_GROUNDS),
    until: GameMinute,
    reasons: LongText,
  }),
  z.strictObject({
    type: z.literal('refuseRequest'),
    requestId: Id,
    ground: z.enum(REFUSAL_GROUNDS),
    reasons: LongText,
  }),
  z.strictObject({ type: z.literal('answerProgress'), requestId: Id, text: LongText.min(1) }),
  z.strictObject({ type: z.literal('warnRequester'), requestId: Id, text: LongText.min(1) }),
  z.strictObject({ type: z.literal('notifyConfidentiality'), requestId: Id, text: LongText.min(1) }),
  z.strictObject({
    type: z.literal('openProsecution'),
    suspect: Id,
    caseId: Id,
    evidence: z.array(Id).max(40),
    reasoning: LongText,
    onRequest: Id.optional(),
  }),
  z.strictObject({
    type: z.literal('shareInformation'),
    to: Id,
    facts: z.array(Id).max(40),
    evidence: z.array(Id).max(40),
    suspects: z.array(Id).max(20).optional(),
    conditions: z.array(ShortText.min(1)).max(10),
  }),
]);

export const InstructorCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fireInject'), injectId: Id }),
  z.strictObject({ type: z.literal('holdInject'), injectId: Id }),
  z.strictObject({ type: z.literal('releaseInject'), injectId: Id }),
  z.strictObject({ type: z.literal('cancelInject'), injectId: Id }),
  z.strictObject({ type: z.literal('scheduleInject'), injectId: Id, at: GameMinute }),
  z.strictObject({
    type: z.literal('awardPoints'),
    country: Id,
    criterion: Id,
    level: z.number().int().min(0).max(3),
    feedback: LongText,
  }),
  z.strictObject({ type: z.literal('addNote'), text: LongText.min(1), country: Id.optional() }),
  // An inject written live, checked by the scenario format's own schema; without `at`, it fires now.
  z.strictObject({ type: z.literal('writeInject'), inject: LiveInject, at: GameMinute.optional() }),
  // Words to one team, several or all: delivered as an inject of its own kind (decide/live-injects.ts).
  z.strictObject({
    type: z.literal('sendMessage'),
    text: LongText.min(1).max(LIMITS.message),
    to: z.union([z.literal('all'), z.array(Id).min(1).max(20)]),
  }),
  z.strictObject({ type: z.literal('endSession') }),
]);

export const Command = z.union([CountryCommand, InstructorCommand]);

export type CountryCommand = z.infer<typeof CountryCommand>;
export type InstructorCommand = z.infer<typeof InstructorCommand>;
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
export type CommandOf<Type extends CommandType> = Extract<Command, { type: Type }>;
export const INSTRUCTOR_COMMAND_TYPES = InstructorCommand.options.map((option) => option.shape.type.value);
