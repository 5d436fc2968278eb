import { EVENT_SCHEMA, type Event, type JurorId, type State, upcast } from '@crossborder/engine';
import type { ClockState, ForkOrigin, Seat } from '@crossborder/protocol';

/**
 * A moot court's jury, kept with the seats: the key of the jurors' join link, and each juror who
 * joined, by the number the server gave them, with the name they gave. Jurors are never more
 * than this (a juror who reloads takes their seat back with their token, not a new number).
 */
interface JurySettings {
  key: string;
  jurors: Record<JurorId, { name: string }>;
}

/** What the instructor set for a session: the clock, bots and locks per country, observers. */
export interface SeatSettings {
  countries: Record<string, { bot: boolean; locked: boolean; team: string | null }>;
  observersSeeAll: boolean;
  /** A moot court's jury (game/jury.ts); absent in other sessions. */
  jury?: JurySettings;
  /**
   * Until when (game time) each bot thinks about its last decision (game/bots.ts), by country:
   * kept with the seats, so that a session brought back from the store keeps its bots' pace.
   */
  thinking?: Record<string, number>;
}

/** How the instructor set the session up when creating it (kept, and applied again on restart). */
export interface SessionSettings {
  /** Overrides the scenario's clock: `rounds` for a moot exercise. */
  clock?: 'realtime' | 'rounds';
  /** A fork's origin: its log's first `fork.events` events are copied from that session's (fork.ts). */
  fork?: ForkOrigin;
  /**
   * Game minutes each bot thinks after a decision before it acts again (game/bots.ts); the
   * server's default is written here when the session is created. Absent in sessions created
   * before bots had a pace: theirs answer at once, as they did.
   */
  botThink?: number;
}

export interface SessionRecord {
  id: string;
  code: string;
  createdAt: number;
  scenarioId: string;
  scenarioSource: string;
  settings: SessionSettings;
  clock: ClockState;
  seats: SeatSettings;
  status: 'open' | 'ended' | 'archived';
  /**
   * The scenario's title, kept so that the instructor's list need not load the scenario. Absent
   * in a session stored before titles were kept whose scenario no longer loads (db.ts, titles.ts).
   */
  title?: string;
}

/**
 * Who is online in a session, by seat: how many devices each country's and each juror's seat
 * has connected (seats with none are left out). Kept in the store by the node that holds the
 * session, so that any node can list it.
 */
export interface Presence {
  countries: Record<string, number>;
  jurors: Record<string, number>;
}

const nobodyOnline = (): Presence => ({ countries: {}, jurors: {} });

/** A session as the instructor's list shows it, read from the store without rebuilding the session. */
export interface Listed {
  /** The session's record, without its scenario's text. */
  record: Omit<SessionRecord, 'scenarioSource'>;
  /** How many events its log holds (the number of its last event). */
  events: number;
  /** Whether a node holds it now (under leases: its lease has not expired; with one node, always). */
  held: boolean;
  /** Who is online, as the node that holds it recorded; nobody when no node holds it. */
  online: Presence;
}

export interface TokenRecord {
  sessionId: string;
  seat: Seat;
  name: string;
  /** For an instructor seat: which instructor key it was issued under (see keyEpoch in codes.ts). */
  keyEpoch?: string;
}

/** What happened in a session: its events in order (today's, however old the rows), and the answer given to each action. */
export interface SessionLog {
  events: Event[];
  results: Map<string, unknown>;
  /**
   * Each acknowledged action, in order: who gave it (the part of its action id before the colon)
   * and the game time of its events (their latest). What the console's idle times start from.
   */
  actions?: { actor: string; at: number }[];
}

export const emptyLog = (): SessionLog => ({ events: [], results: new Map() });

interface LogRow {
  session_id: string;
  seq: number;
  events: string;
  action_id: string | null;
  result: string | null;
  /** The event schema the row's events were written under (EVENT_SCHEMA then; 1 before it was recorded). */
  schema: number;
}

/** A session's log being read. Rows of an older event schema wait to be upcast together. */
interface Reading {
  log: SessionLog;
  schema: number;
  /** The events of the rows of an older `schema` read so far, as written. */
  older: unknown[];
  /** The number the next row's first event must have, as the row's writer counted. */
  next: number;
}

/**
 * Groups log rows by session, with their events as today's engine reads them: rows written under
 * an older event schema are upcast (in order, from the session's first row, for a step may need
 * what came before). Checks that each session's events follow one another, as their writer
 * numbered them: one after another within a schema; the first row of a newer schema follows the
 * events before it as upcast, for the server that wrote it had read them so.
 */
export function collect(rows: readonly unknown[]): Map<string, SessionLog> {
  const readings = new Map<string, Reading>();
  for (const row of rows as LogRow[]) {
    const schema = Number(row.schema);
    let reading = readings.get(row.session_id);
    if (!reading) {
      reading = { log: emptyLog(), schema, older: [], next: 1 };
      readings.set(row.session_id, reading);
    } else if (schema !== reading.schema) {
      settle(reading);
      reading.schema = schema;
      reading.next = reading.log.events.length + 1;
    }
    const events = JSON.parse(row.events) as unknown[];
    if (events.length > 0) {
      if (Number(row.seq) !== reading.next) {
        throw new Error(
          `the log of session ${row.session_id} has event ${row.seq} where event ${reading.next} should come: the database file is damaged; restore it from a backup`,
        );
      }
      reading.next += events.length;
      if (schema === EVENT_SCHEMA) reading.log.events.push(...(events as Event[]));
      else reading.older.push(...events);
    }
    if (row.action_id !== null && row.result !== null)
      reading.log.results.set(row.action_id, JSON.parse(row.result));
    if (row.action_id !== null) actionOf(reading.log, row.action_id, events);
  }
  const logs = new Map<string, SessionLog>();
  for (const [sessionId, reading] of readings) {
    settle(reading);
    logs.set(sessionId, reading.log);
  }
  return logs;
}

/** Notes who acted and when: every event has its game time `at`, in every schema. */
function actionOf(log: SessionLog, actionId: string, events: readonly unknown[]): void {
  const times = events.map((event) => Number((event as { at?: unknown }).at)).filter(Number.isFinite);
  if (times.length === 0) return;
  log.actions ??= [];
  log.actions.push({ actor: actionId.slice(0, actionId.indexOf(':')), at: Math.max(...times) });
}

/** Upcasts the events of older rows read so far, and adds them to the log. */
function settle(reading: Reading): void {
  if (reading.older.length === 0) return;
  for (const event of upcast(reading.older, reading.schema)) reading.log.events.push(event);
  reading.older = [];
}

/** Raised when a write is refused because its session is deleted or archived. */
export class ClosedSessionError extends Error {
  constructor(readonly sessionId: string) {
    super(`session ${sessionId} is deleted or archived: nothing more is written to its log`);
  }
}

/** Raised when a fork's original is gone (deleted meanwhile): nothing of the fork is written. */
export class ForkSourceError extends Error {
  constructor(readonly sessionId: string) {
    super(`session ${sessionId} no longer exists: nothing can be started from it`);
  }
}

/**
 * Raised when a write is refused because this node no longer holds the session: another node
 * took its lease (postgres.ts, leases.ts), or wrote the log row this one meant to write.
 */
export class StaleWriterError extends Error {
  constructor(
    readonly sessionId: string,
    readonly position?: number,
  ) {
    super(
      position === undefined
        ? `session ${sessionId} is no longer this node's (its lease was lost): the write was refused`
        : `session ${sessionId} was written by another node (row ${position} is taken): this node no longer owns it`,
    );
  }
}

/** Raised when a new session's join code is already taken (another node may have just taken it): draw another. */
export class DuplicateCodeError extends Error {
  constructor(readonly code: string) {
    super(`the join code ${code} is already taken by another session`);
  }
}

/**
 * Every read and write of sessions, their event logs, snapshots and seat tokens: what the game
 * needs of a store, whichever keeps it (sqlite.ts, the embedded default; postgres.ts, shared by
 * several nodes). Asynchronous, for a database across the network answers later; the guarantees
 * are the same in both:
 * - a write's promise settles only once it is durable (committed): the session acknowledges a
 *   command only after its append resolved;
 * - the writes of one session are applied in the order they were called, even when the caller
 *   does not wait for one before the next (a clock saved twice keeps the later), and each writes
 *   what its arguments were when it was called (the caller may change them meanwhile);
 * - an append is one atomic row: its events and the action's answer are written together or not
 *   at all, and one that would break its session's numbering (a stale writer) is refused.
 */
export interface Store {
  createSession(record: SessionRecord): Promise<void>;
  /** A fork's record and its first log row (the copied events), in one transaction (ForkSourceError if `from` is gone). */
  createFork(record: SessionRecord, from: string, events: readonly Event[]): Promise<void>;
  sessions(): Promise<SessionRecord[]>;
  session(id: string): Promise<SessionRecord | undefined>;
  /** The session whose join code is `code` (any case), if any. */
  sessionByCode(code: string): Promise<SessionRecord | undefined>;
  saveClock(id: string, clock: ClockState): Promise<void>;
  saveSeats(id: string, seats: SeatSettings): Promise<void>;
  saveStatus(id: string, status: SessionRecord['status']): Promise<void>;
  /**
   * Appends what one command (or one moment of time passing) caused: its events, numbered from
   * `firstSeq`, and the acknowledgement of the action, as one row, marked with the event schema
   * they are written in. ClosedSessionError for a deleted or archived session.
   */
  append(
    sessionId: string,
    firstSeq: number,
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): Promise<void>;
  /** One session's log. */
  log(sessionId: string): Promise<SessionLog>;
  /** Every session's log, read in one pass (at start). */
  logs(): Promise<Map<string, SessionLog>>;
  saveSnapshot(sessionId: string, seq: number, state: State): Promise<void>;
  /** The last snapshot, if the engine of this version can read it (its state has today's shape). */
  snapshot(sessionId: string): Promise<{ seq: number; state: State } | undefined>;
  addToken(hash: string, record: TokenRecord): Promise<void>;
  token(hash: string): Promise<TokenRecord | undefined>;
  /** Ends every token of one seat of a session (a team removed by the instructor, or all observers). */
  revokeTokens(sessionId: string, seat: Seat): Promise<number>;
  /** Ends the tokens taken with the instructor key issued under any other key than `keyEpoch`. */
  revokeInstructorTokens(keyEpoch: string): Promise<number>;
  deleteSession(id: string): Promise<void>;
  /**
   * Records who is online in a session, when a seat attaches or detaches (never per command).
   * Under leases only the node that holds the session's lease writes it (another's write changes
   * nothing), and it counts only while that lease lasts; with one node it is kept in memory, for
   * after a restart nobody is online.
   */
  savePresence(sessionId: string, online: Presence): Promise<void>;
  /**
   * Every session not archived, as the instructor's list shows it, in one read: no scenario is
   * loaded and no log replayed, whatever the number of sessions. Ordered by creation.
   */
  listing(): Promise<Listed[]>;
  /** This node no longer holds the session: what it kept of it (where its log ends) is forgotten. */
  forget(sessionId: string): void;
  /** Waits for the writes under way, then lets the database go. */
  close(): Promise<void>;
}

/** A sessions row as both stores read it. */
export interface Row {
  id: string;
  code: string;
  created_at: number;
  scenario_id: string;
  scenario_source: string;
  settings: string;
  clock: string;
  seats: string;
  status: string;
  title?: string | null;
}

export function toRecord(row: Row): SessionRecord {
  return { ...listedRecord(row), scenarioSource: row.scenario_source };
}

/** A sessions row as the list reads it: everything but the scenario's text. */
function listedRecord(row: Omit<Row, 'scenario_source'>): Listed['record'] {
  const record: Listed['record'] = {
    id: row.id,
    code: row.code,
    createdAt: Number(row.created_at),
    scenarioId: row.scenario_id,
    settings: JSON.parse(row.settings || '{}') as SessionSettings,
    clock: JSON.parse(row.clock) as ClockState,
    seats: JSON.parse(row.seats) as SeatSettings,
    status: row.status as SessionRecord['status'],
  };
  return typeof row.title === 'string' ? { ...record, title: row.title } : record;
}

/** A row of the list's query, as both stores read it: the record, the number of its last event, who is online (JSON). */
export interface ListingRow extends Omit<Row, 'scenario_source'> {
  events: number | string | null;
  held?: boolean;
  online?: string | null;
}

/** A row of the list's query as the list shows it; `held` and `online` (none: nobody) as the store knows them. */
export function toListed(row: ListingRow, held: boolean, online: Presence | undefined): Listed {
  return {
    record: listedRecord(row),
    events: Number(row.events ?? 0),
    held,
    online: online ?? nobodyOnline(),
  };
}

/** A tokens row as both stores read it. */
export function tokenRecord(row: {
  session_id: string;
  seat: string;
  name: string;
  key_epoch: string | null;
}): TokenRecord {
  const record: TokenRecord = {
    sessionId: row.session_id,
    seat: JSON.parse(row.seat) as Seat,
    name: row.name,
  };
  return row.key_epoch === null ? record : { ...record, keyEpoch: row.key_epoch };
}
