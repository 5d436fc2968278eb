import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { EVENT_SCHEMA, type Event, STATE_SHAPE, type State } from '@crossborder/engine';
import type { ClockState, Seat } from '@crossborder/protocol';
import { transaction } from './db.js';
import {
  ClosedSessionError,
  collect,
  DuplicateCodeError,
  emptyLog,
  ForkSourceError,
  type Listed,
  type ListingRow,
  type Presence,
  type Row,
  type SeatSettings,
  type SessionLog,
  type SessionRecord,
  type Store,
  type TokenRecord,
  tokenRecord,
  toListed,
  toRecord,
} from './store.js';

/**
 * Every statement the store runs, by name. The names are a closed set: a statement that is not
 * here cannot be run (a misspelled name is a type error, not a silently skipped write).
 */
const SQL = {
  insertSession:
    'INSERT INTO sessions (id, code, created_at, scenario_id, scenario_source, settings, clock, seats, status, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  sessions: 'SELECT * FROM sessions ORDER BY created_at',
  // The log has no index (db.ts): the number of each session's events comes from one pass over
  // it, reading the text of each session's last row with events only (SQLite takes the other
  // columns from the row of max(id)). One node answers its list from memory (registry.ts).
  listing: `SELECT s.id, s.code, s.created_at, s.scenario_id, s.title, s.settings, s.clock, s.seats, s.status,
      coalesce(last.seq + json_array_length(last.events) - 1, 0) AS events
    FROM sessions s LEFT JOIN (
      SELECT session_id, max(id), seq, events FROM log WHERE events <> '[]' GROUP BY session_id
    ) last ON last.session_id = s.id
    WHERE s.status <> 'archived' ORDER BY s.created_at, s.id`,
  session: 'SELECT * FROM sessions WHERE id = ?',
  sessionByCode: 'SELECT * FROM sessions WHERE code = ?',
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

/**
 * The embedded store (db.ts): Node's SQLite, in this process. Every statement runs at once, on
 * the event loop, and is committed when it returns, so the promises are settled in call order:
 * the ordering and durability Store promises come for free. Each append is one transaction.
 */
export class SqliteStore implements Store {
  private readonly statements: { readonly [Name in StatementName]: StatementSync };
  /** Who is online in each session: this process holds every session, so memory is the truth (nobody after a restart). */
  private readonly presence = new Map<string, Presence>();

  constructor(private readonly db: DatabaseSync) {
    this.statements = Object.fromEntries(
      Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as { [Name in StatementName]: StatementSync };
  }

  private run(name: StatementName, ...values: (string | number | null)[]) {
    return this.statements[name].run(...values);
  }

  private insertSession(record: SessionRecord): void {
    try {
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
        record.title ?? null,
      );
    } catch (cause) {
      if (String((cause as Error).message).includes('sessions.code'))
        throw new DuplicateCodeError(record.code);
      throw cause;
    }
  }

  async createSession(record: SessionRecord): Promise<void> {
    this.insertSession(record);
  }

  /**
   * The fork's record and its first log row in one transaction. The copy is an ordinary row,
   * numbered from 1: the log stays append-only and the fork's own events follow it.
   */
  async createFork(record: SessionRecord, from: string, events: readonly Event[]): Promise<void> {
    transaction(this.db, () => {
      if (!this.statements.session.get(from)) throw new ForkSourceError(from);
      this.insertSession(record);
      if (events.length > 0) this.appendNow(record.id, 1, events);
    });
  }

  async sessions(): Promise<SessionRecord[]> {
    return this.statements.sessions.all().map((row) => toRecord(row as unknown as Row));
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    const row = this.statements.session.get(id);
    return row ? toRecord(row as unknown as Row) : undefined;
  }

  async sessionByCode(code: string): Promise<SessionRecord | undefined> {
    const row = this.statements.sessionByCode.get(code.toUpperCase());
    return row ? toRecord(row as unknown as Row) : undefined;
  }

  async saveClock(id: string, clock: ClockState): Promise<void> {
    this.run('saveClock', JSON.stringify(clock), id);
  }

  async saveSeats(id: string, seats: SeatSettings): Promise<void> {
    this.run('saveSeats', JSON.stringify(seats), id);
  }

  async saveStatus(id: string, status: SessionRecord['status']): Promise<void> {
    this.run('saveStatus', status, id);
  }

  async append(
    sessionId: string,
    firstSeq: number,
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): Promise<void> {
    this.appendNow(sessionId, firstSeq, events, action);
  }

  private appendNow(
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

  async log(sessionId: string): Promise<SessionLog> {
    return collect(this.statements.log.all(sessionId)).get(sessionId) ?? emptyLog();
  }

  async logs(): Promise<Map<string, SessionLog>> {
    return collect(this.statements.logs.all());
  }

  async saveSnapshot(sessionId: string, seq: number, state: State): Promise<void> {
    this.run('saveSnapshot', sessionId, seq, JSON.stringify(state), STATE_SHAPE);
  }

  async snapshot(sessionId: string): Promise<{ seq: number; state: State } | undefined> {
    const row = this.statements.snapshot.get(sessionId, STATE_SHAPE) as
      | { seq: number; state: string }
      | undefined;
    return row ? { seq: Number(row.seq), state: JSON.parse(row.state) as State } : undefined;
  }

  async addToken(hash: string, record: TokenRecord): Promise<void> {
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

  async token(hash: string): Promise<TokenRecord | undefined> {
    const row = this.statements.token.get(hash) as
      | { session_id: string; seat: string; name: string; key_epoch: string | null }
      | undefined;
    return row ? tokenRecord(row) : undefined;
  }

  async revokeTokens(sessionId: string, seat: Seat): Promise<number> {
    const country = seat.kind === 'country' ? seat.country : '';
    return Number(this.run('revokeTokens', sessionId, seat.kind, country).changes);
  }

  async revokeInstructorTokens(keyEpoch: string): Promise<number> {
    return Number(this.run('revokeInstructorTokens', keyEpoch).changes);
  }

  async savePresence(sessionId: string, online: Presence): Promise<void> {
    this.presence.set(sessionId, structuredClone(online));
  }

  async listing(): Promise<Listed[]> {
    const rows = this.statements.listing.all() as unknown as ListingRow[];
    return rows.map((row) => toListed(row, true, this.presence.get(row.id)));
  }

  async deleteSession(id: string): Promise<void> {
    this.presence.delete(id);
    transaction(this.db, () => {
      for (const name of ['deleteLog', 'deleteSnapshots', 'deleteTokens', 'deleteSession'] as const)
        this.run(name, id);
    });
  }

  /** One node holds every session: nothing is kept to forget. */
  forget(): void {}

  async close(): Promise<void> {
    this.db.close();
  }
}
