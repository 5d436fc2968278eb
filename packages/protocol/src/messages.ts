import { Command, isJuror, type JurorId, type View } from '@crossborder/engine';
import { cleanText, isId } from '@crossborder/scenario';
import { z } from 'zod';
import type { PatchOp } from './patch.js';
import type { Progress } from './progress.js';

/**
 * The messages between a client and the server, over Socket.IO. Every client message carries an
 * acknowledgement callback; the server parses the payload with the schema below before anything
 * else happens, and answers with a typed result. See PROTOCOL.md.
 */
export const PROTOCOL_VERSION = 2;

const Id = z.string().min(1).max(64).refine(isId, { error: 'not an id' });
const Token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, { error: 'not a seat token' });
/** A team's name, as typed: cleaned like all player text (no control or bidi-override characters). */
const Name = z
  .string()
  .overwrite((text) => cleanText(text, { multiline: false }))
  .trim()
  .min(1)
  .max(40);

export const Seat = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('country'), country: Id }),
  z.strictObject({ kind: z.literal('observer') }),
  z.strictObject({ kind: z.literal('instructor') }),
  /**
   * The instructor looking through a country's seat: that country's view, live, read-only (it
   * needs the instructor key; every command and control from it is refused).
   */
  z.strictObject({ kind: z.literal('look'), country: Id }),
  /** A juror of a moot court, numbered by the server when they join (see `JoinSeat`). */
  z.strictObject({
    kind: z.literal('juror'),
    juror: z.string().refine(isJuror, { error: 'not a juror seat' }) as z.ZodType<JurorId>,
  }),
]);
export type Seat = z.infer<typeof Seat>;

/**
 * The seat a `join` asks for: any seat, but a juror asks for `{ kind: 'juror' }` with no number.
 * The server gives each juror who joins a new one, so that no one can join as another juror.
 */
export const JoinSeat = z.union([
  Seat.refine((seat) => seat.kind !== 'juror', {
    error: 'a juror joins as { "kind": "juror" }: the server numbers its jurors',
  }),
  z.strictObject({ kind: z.literal('juror') }),
]);
export type JoinSeat = z.infer<typeof JoinSeat>;

/**
 * One string per seat (`country:aldoria`, `look:aldoria`, `observer`, `instructor`): a country's
 * never equals a role's, nor the instructor's look through it.
 */
export function seatKey(seat: Seat): string {
  if (seat.kind === 'juror') return `juror:${seat.juror}`;
  return 'country' in seat ? `${seat.kind}:${seat.country}` : seat.kind;
}

/** Client -> server, by event name. */
export const ClientMessages = {
  /** Take a seat in a session by its join code (the instructor seat needs the instructor key). */
  join: z.strictObject({
    protocol: z.literal(PROTOCOL_VERSION, { error: `this server speaks protocol ${PROTOCOL_VERSION}` }),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{4,8}$/, { error: 'a join code is 4 to 8 letters and digits' }),
    seat: JoinSeat,
    name: Name,
    key: z.string().max(128).optional(),
  }),
  /** Take back a seat after a reload or a dropped connection. */
  resume: z.strictObject({
    protocol: z.literal(PROTOCOL_VERSION, { error: `this server speaks protocol ${PROTOCOL_VERSION}` }),
    token: Token,
  }),
  /** A command of the game; `actionId` makes a retried command idempotent. */
  command: z.strictObject({ actionId: z.string().min(8).max(64), command: Command }),
  /** Ask for a full snapshot of one's view (after noticing a gap in the update sequence). */
  sync: z.strictObject({}),
  /** The instructor's controls of the session. */
  control: z.strictObject({
    control: z.discriminatedUnion('action', [
      z.strictObject({ action: z.literal('start') }),
      z.strictObject({ action: z.literal('pause') }),
      z.strictObject({ action: z.literal('speed'), speed: z.number().int().min(1).max(100_000) }),
      z.strictObject({
        action: z.literal('advance'),
        minutes: z
          .number()
          .int()
          .min(1)
          .max(90 * 24 * 60)
          .optional(),
      }),
      z.strictObject({ action: z.literal('bot'), country: Id, on: z.boolean() }),
      z.strictObject({ action: z.literal('lock'), country: Id, locked: z.boolean() }),
      z.strictObject({ action: z.literal('reveal'), observers: z.boolean() }),
      /** Removes a seat: a country's team (its seat is freed and locked) or every observer. */
      z.strictObject({
        action: z.literal('revoke'),
        seat: z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('country'), country: Id }),
          z.strictObject({ kind: z.literal('observer') }),
        ]),
      }),
      z.strictObject({ action: z.literal('end') }),
    ]),
  }),
} as const;

export type ClientEvent = keyof typeof ClientMessages;
export type ClientMessage<E extends ClientEvent> = z.infer<(typeof ClientMessages)[E]>;
export type Control = ClientMessage<'control'>['control'];

/** A typed error: what went wrong, the rule and article when the convention is behind it. */
export interface ErrorBody {
  code: string;
  message: string;
  ruleId?: string | null;
  article?: string | null;
  /** The message's parameters: a list is an array, said as the reader's language lists. */
  params?: Record<string, string | number | readonly string[]>;
}

export type Ack<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; error: ErrorBody };

export interface ClockState {
  mode: 'realtime' | 'rounds';
  running: boolean;
  /** Game minutes per wall-clock minute. */
  speed: number;
  /** Game time (minutes) at `wall`. */
  game: number;
  /** Server wall time (ms since epoch) of that reading: clients extrapolate from it while running. */
  wall: number;
  /** One round in rounds mode (game minutes). */
  roundLength: number;
}

export interface SessionInfo {
  id: string;
  code: string;
  scenarioId: string;
  title: string;
  status: 'open' | 'ended';
}

export interface Snapshot {
  seq: number;
  view: View;
  clock: ClockState;
}

/** Who sits where: what the instructor's console shows of the seats. */
export interface SeatsInfo {
  countries: Record<string, { bot: boolean; locked: boolean; team: string | null; online: number }>;
  observersSeeAll: boolean;
  /** A moot court's jury (absent in other sessions): see `JuryInfo`. */
  jury?: JuryInfo;
}

/**
 * A moot court's jury, for the instructor: the key the jurors' join link carries (a team that
 * knows the join code cannot sit as a juror without it), and each juror by number with the name
 * they gave and how many of their devices are connected.
 */
export interface JuryInfo {
  key: string;
  /** By juror id (`@juror-1`). */
  jurors: Record<string, { name: string; online: number }>;
}

export interface JoinResult {
  token: string;
  seat: Seat;
  session: SessionInfo;
  snapshot: Snapshot;
  /** For the instructor seat only. */
  seats?: SeatsInfo;
}

/** One line of the log: a catalogue key with its parameters, and the game time. */
export interface LogLine {
  at: number;
  key: string;
  /** A list is an array, said as the reader's language lists. */
  params: Record<string, string | readonly string[]>;
}

/** Server -> client, by event name. */
export interface ServerMessages {
  /** A change of the seat's view: numbered per connection, so that a client notices a gap. */
  update: { seq: number; patch: PatchOp[]; log: LogLine[] };
  clock: ClockState;
  /** To the instructor: seats, bots and locks changed. */
  seats: SeatsInfo;
  /** To the instructor: objectives, the model answer and each country's last command (progress.ts). */
  progress: Progress;
  /**
   * `ended`: the game is over (the seat stays, read-only); `shutdown`: the server stops and will be
   * back; `seat-changed`: ask for a snapshot; `revoked`: the instructor removed this seat; `closed`:
   * the session was archived or deleted. After `revoked` and `closed` the server disconnects the
   * socket, and the client should not reconnect.
   */
  notice: { kind: 'ended' | 'shutdown' | 'seat-changed' | 'revoked' | 'closed'; message: string };
}

/** What each client message is answered with, when it succeeds. */
export interface Answers {
  join: JoinResult;
  resume: JoinResult;
  command: { events: number };
  sync: Snapshot;
  control: { clock: ClockState };
}

/** A client message's payload as a client writes it (before the server's schema parses it). */
export type ClientPayload<E extends ClientEvent> = z.input<(typeof ClientMessages)[E]>;

/**
 * The events a client sends, for a typed Socket.IO client: each with its payload and the typed
 * acknowledgement it is answered with.
 */
export type ClientToServerEvents = {
  [E in ClientEvent]: (payload: ClientPayload<E>, answer: (ack: Ack<Answers[E]>) => void) => void;
};

/**
 * The same events as the server receives them: a payload is untrusted (`unknown`) until its
 * schema has parsed it, and a client may leave out the acknowledgement callback.
 */
export type ClientToServerUntrusted = {
  [E in ClientEvent]: (payload: unknown, answer?: (ack: Ack<Answers[E]>) => void) => void;
};

/** The events the server sends, for a typed Socket.IO server and client. */
export type ServerToClientEvents = {
  [E in keyof ServerMessages]: (payload: ServerMessages[E]) => void;
};

/** Every client event, in a fixed order (the server listens to each). */
export const CLIENT_EVENTS = Object.keys(ClientMessages) as ClientEvent[];

/** Parses a client message of a known event; the error is a typed, specific message. */
export function parseClientMessage<E extends ClientEvent>(
  event: E,
  payload: unknown,
): { ok: true; value: ClientMessage<E> } | { ok: false; error: ErrorBody } {
  const schema = ClientMessages[event];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as ClientMessage<E> };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
  return {
    ok: false,
    error: {
      code: 'bad-message',
      message: `The "${event}" message is malformed${where}: ${first?.message ?? 'invalid'}.`,
    },
  };
}
