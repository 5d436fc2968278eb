import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Event, State } from '@crossborder/engine';
import type { ClockState, Seat } from '@crossborder/protocol';
import { transaction } from './db.js';

/** What the instructor set for a session: the clock, bots and locks per country, observers. */
export interface SeatSettings {
  countries: Record<string, { bot: boolean; locked: boolean; team: string | null }>;
  observersSeeAll: boolean;
}

export interface SessionRecord {
  id: string;
  code: string;
  createdAt: number;
  scenarioId: string;
  scenarioSource: string;
  clock: ClockState;
  seats: SeatSettings;
  status: 'open' | 'ended' | 'archived';
}

export interface TokenRecord {
  sessionId: string;
  seat: Seat;
  name: string;
}

/**
 * Every read and write of sessions, their event logs, snapshots and seat tokens. Prepared once;
 * each append is one transaction, committed before the command is acknowledged.
 */
export class Store {
  private readonly statements: Record<string, StatementSync>;

  constructor(private readonly db: DatabaseSync) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      insertSession: prepare(
        'INSERT INTO sessions (id, code, created_at, scenario_id, scenario_source, settings, clock, seats, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      sessions: prepare('SELECT * FROM sessions ORDER BY created_at'),
      session: prepare('SELECT * FROM sessions WHERE id = ?'),
      saveClock: prepare('UPDATE sessions SET clock = ? WHERE id = ?'),
      saveSeats: prepare('UPDATE sessions SET seats = ? WHERE id = ?'),
      saveStatus: prepare('UPDATE sessions SET status = ? WHERE id = ?'),
      insertEvent: prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)'),
      eventsAfter: prepare('SELECT body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq'),
      countEvents: prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM events WHERE session_id = ?'),
      saveSnapshot: prepare('INSERT OR REPLACE INTO snapshots (session_id, seq, state) VALUES (?, ?, ?)'),
      snapshot: prepare('SELECT seq, state FROM snapshots WHERE session_id = ?'),
      insertResult: prepare(
        'INSERT OR REPLACE INTO results (session_id, action_id, result) VALUES (?, ?, ?)',
      ),
      result: prepare('SELECT result FROM results WHERE session_id = ? AND action_id = ?'),
      insertToken: prepare(
        'INSERT INTO tokens (hash, session_id, seat, name, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      token: prepare('SELECT session_id, seat, name FROM tokens WHERE hash = ?'),
      deleteSession: prepare('DELETE FROM sessions WHERE id = ?'),
      deleteEvents: prepare('DELETE FROM events WHERE session_id = ?'),
      deleteSnapshots: prepare('DELETE FROM snapshots WHERE session_id = ?'),
      deleteTokens: prepare('DELETE FROM tokens WHERE session_id = ?'),
      deleteResults: prepare('DELETE FROM results WHERE session_id = ?'),
    };
  }

  private run(name: string, ...values: (string | number | null)[]) {
    return this.statements[name]?.run(...values);
  }

  createSession(record: SessionRecord): void {
    this.run(
      'insertSession',
      record.id,
      record.code,
      record.createdAt,
      record.scenarioId,
      record.scenarioSource,
      '{}',
      JSON.stringify(record.clock),
      JSON.stringify(record.seats),
      record.status,
    );
  }

  sessions(): SessionRecord[] {
    return (this.statements.sessions?.all() ?? []).map((row) => toRecord(row as unknown as Row));
  }

  session(id: string): SessionRecord | undefined {
    const row = this.statements.session?.get(id);
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
   * Appends events numbered from `firstSeq`, with the result of the action that caused them,
   * in one transaction. Throws (nothing written) if the sequence is not the next one.
   */
  append(
    sessionId: string,
    firstSeq: number,
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): void {
    transaction(this.db, () => {
      events.forEach((event, index) => {
        this.run('insertEvent', sessionId, firstSeq + index, JSON.stringify(event));
      });
      if (action) this.run('insertResult', sessionId, action.actionId, JSON.stringify(action.result));
    });
  }

  lastSeq(sessionId: string): number {
    return Number((this.statements.countEvents?.get(sessionId) as { last: number } | undefined)?.last ?? 0);
  }

  eventsAfter(sessionId: string, seq: number): Event[] {
    return (this.statements.eventsAfter?.all(sessionId, seq) ?? []).map(
      (row) => JSON.parse((row as { body: string }).body) as Event,
    );
  }

  saveSnapshot(sessionId: string, seq: number, state: State): void {
    this.run('saveSnapshot', sessionId, seq, JSON.stringify(state));
  }

  snapshot(sessionId: string): { seq: number; state: State } | undefined {
    const row = this.statements.snapshot?.get(sessionId) as { seq: number; state: string } | undefined;
    return row ? { seq: Number(row.seq), state: JSON.parse(row.state) as State } : undefined;
  }

  result(sessionId: string, actionId: string): unknown {
    const row = this.statements.result?.get(sessionId, actionId) as { result: string } | undefined;
    return row ? JSON.parse(row.result) : undefined;
  }

  addToken(hash: string, record: TokenRecord): void {
    this.run('insertToken', hash, record.sessionId, JSON.stringify(record.seat), record.name, Date.now());
  }

  token(hash: string): TokenRecord | undefined {
    const row = this.statements.token?.get(hash) as
      | { session_id: string; seat: string; name: string }
      | undefined;
    return row
      ? { sessionId: row.session_id, seat: JSON.parse(row.seat) as Seat, name: row.name }
      : undefined;
  }

  deleteSession(id: string): void {
    transaction(this.db, () => {
      for (const name of [
        'deleteEvents',
        'deleteSnapshots',
        'deleteTokens',
        'deleteResults',
        'deleteSession',
      ])
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
    clock: JSON.parse(row.clock) as ClockState,
    seats: JSON.parse(row.seats) as SeatSettings,
    status: row.status as SessionRecord['status'],
  };
}
