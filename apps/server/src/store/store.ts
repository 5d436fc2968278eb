import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { EVENT_SCHEMA, type Event, type JurorId, STATE_SHAPE, type State, upcast } from '@crossborder/engine';
import type { ClockState, ForkOrigin, Seat } from '@crossborder/protocol';
import { transaction } from './db.js';

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

const emptyLog = (): SessionLog => ({ events: [], results: new Map() });

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
function collect(rows: readonly unknown[]): Map<string, SessionLog> {
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

/**
 * Every statement the store runs, by name. The names are a closed set: a statement that is not
 * here cannot be run (a misspelled name is a type error, not a silently skipped write).
 */
const SQL = {
  insertSession:
    'INSERT INTO sessions (id, code, created_at, scenario_id, scenario_source, settings, clock, seats, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  sessions: 'SELECT * FROM sessions ORDER BY created_at',
  session: 'SELECT * FROM sessions WHERE id = ?',
  saveClock: 'UPDATE sessions SET clock = ? WHERE id = ?',
  saveSeats: 'UPDATE sessions SET seats = ? WHERE id = ?',
  saveStatus: 'UPDATE sessions SET status = ? WHERE id = ?',
  // Only a session that exists and is not archived takes new rows: a late write for a deleted or
  // archived session inserts nothing, and append() says so.
  append: `INSERT INTO log (session_id, seq, events, action_id, result, schema)
    SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ?1 AND status <> 'archived')`,
  log: 'SELECT session_id, seq, events, action_id, result, schema FROM log WHERE session_id = ? ORDER BY id',
  logs: 'SELECT session_id, seq, events, action_id, result, schema FROM log ORDER BY id',
  saveSnapshot: 'INSERT OR REPLACE INTO snapshots (session_id, seq, state, shape) VALUES (?, ?, ?, ?)',
  snapshot: 'SELECT seq, state FROM snapshots WHERE session_id = ? AND shape = ?',
  insertToken:
    'INSERT INTO tokens (hash, session_id, seat, name, created_at, key_epoch) VALUES (?, ?, ?, ?, ?, ?)',
  token: 'SELECT session_id, seat, name, key_epoch FROM tokens WHERE hash = ?',
  revokeTokens: `DELETE FROM tokens WHERE session_id = ? AND json_extract(seat, '$.kind') = ?
    AND coalesce(json_extract(seat, '$.country'), '') = ?`,
  revokeInstructorTokens: `DELETE FROM tokens WHERE json_extract(seat, '$.kind') IN ('instructor', 'look')
    AND (key_epoch IS NULL OR key_epoch <> ?)`,
  deleteSession: 'DELETE FROM sessions WHERE id = ?',
  deleteLog: 'DELETE FROM log WHERE session_id = ?',
  deleteSnapshots: 'DELETE FROM snapshots WHERE session_id = ?',
  deleteTokens: 'DELETE FROM tokens WHERE session_id = ?',
} as const;

type StatementName = keyof typeof SQL;

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
 * Every read and write of sessions, their event logs, snapshots and seat tokens. Prepared once;
 * each append is one transaction, committed before the command is acknowledged.
 */
export class Store {
  private readonly statements: { readonly [Name in StatementName]: StatementSync };

  constructor(private readonly db: DatabaseSync) {
    this.statements = Object.fromEntries(
      Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as { [Name in StatementName]: StatementSync };
  }

  private run(name: StatementName, ...values: (string | number | null)[]) {
    return this.statements[name].run(...values);
  }

  createSession(record: SessionRecord): void {
    this.run(
      'insertSession',
      record.id,
      record.code,
      record.createdAt,
      record.scenarioId,
      record.scenarioSource,
      JSON.stringify(record.settings),
      JSON.stringify(record.clock),
      JSON.stringify(record.seats),
      record.status,
    );
  }

  /**
   * Creates a fork (game/fork.ts): its record and its first log row, the events copied from
   * session `from`, in one transaction: both are written, or neither (its original deleted
   * meanwhile, a failed write). The copy is an ordinary row, numbered from 1: the log stays
   * append-only and the fork's own events follow it.
   */
  createFork(record: SessionRecord, from: string, events: readonly Event[]): void {
    transaction(this.db, () => {
      if (!this.statements.session.get(from)) throw new ForkSourceError(from);
      this.createSession(record);
      if (events.length > 0) this.append(record.id, 1, events);
    });
  }

  sessions(): SessionRecord[] {
    return this.statements.sessions.all().map((row) => toRecord(row as unknown as Row));
  }

  session(id: string): SessionRecord | undefined {
    const row = this.statements.session.get(id);
    return row ? toRecord(row as unknown as Row) : undefined;
  }

  saveClock(id: string, clock: ClockState): void {
    this.run('saveClock', JSON.stringify(clock), id);
  }

  saveSeats(id: string, seats: SeatSettings): void {
    this.run('saveSeats', JSON.stringify(seats), id);
  }

  saveStatus(id: string, status: SessionRecord['status']): void {
    this.run('saveStatus', status, id);
  }

  /**
   * Appends what one command (or one moment of time passing) caused: its events, numbered from
   * `firstSeq`, and the acknowledgement of the action, as one row (one atomic write), marked with
   * the event schema they are written in.
   */
  append(
    sessionId: string,
    firstSeq: number,
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): void {
    const written = this.run(
      'append',
      sessionId,
      firstSeq,
      JSON.stringify(events),
      action?.actionId ?? null,
      action ? JSON.stringify(action.result) : null,
      EVENT_SCHEMA,
    );
    if (Number(written.changes) !== 1) throw new ClosedSessionError(sessionId);
  }

  /** One session's log. */
  log(sessionId: string): SessionLog {
    return collect(this.statements.log.all(sessionId)).get(sessionId) ?? emptyLog();
  }

  /** Every session's log, read in one pass (at start). */
  logs(): Map<string, SessionLog> {
    return collect(this.statements.logs.all());
  }

  saveSnapshot(sessionId: string, seq: number, state: State): void {
    this.run('saveSnapshot', sessionId, seq, JSON.stringify(state), STATE_SHAPE);
  }

  /** The last snapshot, if the engine of this version can read it (its state has today's shape). */
  snapshot(sessionId: string): { seq: number; state: State } | undefined {
    const row = this.statements.snapshot.get(sessionId, STATE_SHAPE) as
      | { seq: number; state: string }
      | undefined;
    return row ? { seq: Number(row.seq), state: JSON.parse(row.state) as State } : undefined;
  }

  addToken(hash: string, record: TokenRecord): void {
    this.run(
      'insertToken',
      hash,
      record.sessionId,
      JSON.stringify(record.seat),
      record.name,
      Date.now(),
      record.keyEpoch ?? null,
    );
  }

  token(hash: string): TokenRecord | undefined {
    const row = this.statements.token.get(hash) as
      | { session_id: string; seat: string; name: string; key_epoch: string | null }
      | undefined;
    if (!row) return undefined;
    const record: TokenRecord = {
      sessionId: row.session_id,
      seat: JSON.parse(row.seat) as Seat,
      name: row.name,
    };
    return row.key_epoch === null ? record : { ...record, keyEpoch: row.key_epoch };
  }

  /** Ends every token of one seat of a session (a team removed by the instructor, or all observers). */
  revokeTokens(sessionId: string, seat: Seat): number {
    const country = seat.kind === 'country' ? seat.country : '';
    return Number(this.run('revokeTokens', sessionId, seat.kind, country).changes);
  }

  /**
   * Ends the tokens taken with the instructor key (the instructor's seat, its looks through
   * countries' seats) issued under any other instructor key than the current one.
   */
  revokeInstructorTokens(keyEpoch: string): number {
    return Number(this.run('revokeInstructorTokens', keyEpoch).changes);
  }

  deleteSession(id: string): void {
    transaction(this.db, () => {
      for (const name of ['deleteLog', 'deleteSnapshots', 'deleteTokens', 'deleteSession'] as const)
        this.run(name, id);
    });
  }
}

interface Row {
  id: string;
  code: string;
  created_at: number;
  scenario_id: string;
  scenario_source: string;
  settings: string;
  clock: string;
  seats: string;
  status: string;
}

function toRecord(row: Row): SessionRecord {
  return {
    id: row.id,
    code: row.code,
    createdAt: Number(row.created_at),
    scenarioId: row.scenario_id,
    scenarioSource: row.scenario_source,
    settings: JSON.parse(row.settings || '{}') as SessionSettings,
    clock: JSON.parse(row.clock) as ClockState,
    seats: JSON.parse(row.seats) as SeatSettings,
    status: row.status as SessionRecord['status'],
  };
}
