import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { type Event, STATE_SHAPE, type State } from '@crossborder/engine';
import type { ClockState, Seat } from '@crossborder/protocol';
import { transaction } from './db.js';

/** What the instructor set for a session: the clock, bots and locks per country, observers. */
export interface SeatSettings {
  countries: Record<string, { bot: boolean; locked: boolean; team: string | null }>;
  observersSeeAll: boolean;
}

/** How the instructor set the session up when creating it (kept, and applied again on restart). */
export interface SessionSettings {
  /** Overrides the scenario's clock: `rounds` for a moot exercise. */
  clock?: 'realtime' | 'rounds';
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

/** What happened in a session: its events in order, and the answer given to each action. */
export interface SessionLog {
  events: Event[];
  results: Map<string, unknown>;
}

const emptyLog = (): SessionLog => ({ events: [], results: new Map() });

interface LogRow {
  session_id: string;
  seq: number;
  events: string;
  action_id: string | null;
  result: string | null;
}

/** Groups log rows by session, checking that each session's events follow one another. */
function collect(rows: readonly unknown[]): Map<string, SessionLog> {
  const logs = new Map<string, SessionLog>();
  for (const row of rows as LogRow[]) {
    let log = logs.get(row.session_id);
    if (!log) {
      log = emptyLog();
      logs.set(row.session_id, log);
    }
    const events = JSON.parse(row.events) as Event[];
    if (events.length > 0 && Number(row.seq) !== log.events.length + 1) {
      throw new Error(
        `the log of session ${row.session_id} skips from event ${log.events.length} to ${row.seq}: the database file is damaged; restore it from a backup`,
      );
    }
    log.events.push(...events);
    if (row.action_id !== null && row.result !== null) log.results.set(row.action_id, JSON.parse(row.result));
  }
  return logs;
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
  append: `INSERT INTO log (session_id, seq, events, action_id, result)
    SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ?1 AND status <> 'archived')`,
  log: 'SELECT session_id, seq, events, action_id, result FROM log WHERE session_id = ? ORDER BY id',
  logs: 'SELECT session_id, seq, events, action_id, result FROM log ORDER BY id',
  saveSnapshot: 'INSERT OR REPLACE INTO snapshots (session_id, seq, state, shape) VALUES (?, ?, ?, ?)',
  snapshot: 'SELECT seq, state FROM snapshots WHERE session_id = ? AND shape = ?',
  insertToken:
    'INSERT INTO tokens (hash, session_id, seat, name, created_at, key_epoch) VALUES (?, ?, ?, ?, ?, ?)',
  token: 'SELECT session_id, seat, name, key_epoch FROM tokens WHERE hash = ?',
  revokeTokens: `DELETE FROM tokens WHERE session_id = ? AND json_extract(seat, '$.kind') = ?
    AND coalesce(json_extract(seat, '$.country'), '') = ?`,
  revokeInstructorTokens: `DELETE FROM tokens WHERE json_extract(seat, '$.kind') = 'instructor'
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
   * `firstSeq`, and the acknowledgement of the action, as one row (one atomic write).
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

  /** Ends the instructor tokens issued under any other instructor key than the current one. */
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
