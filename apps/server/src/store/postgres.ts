import { EVENT_SCHEMA, type Event, STATE_SHAPE, type State } from '@crossborder/engine';
import type { ClockState, Seat } from '@crossborder/protocol';
import pg from 'pg';
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
  StaleWriterError,
  type Store,
  type TokenRecord,
  tokenRecord,
  toListed,
  toRecord,
} from './store.js';
import { scenarioTitles, type Untitled } from './titles.js';

/**
 * The tables, as the SQLite store's (db.ts) with two differences. The log is keyed by (session,
 * position), its rows numbered 1, 2, 3... per session by their writer: a writer that lost the
 * session to another node (its lease expired while it was stopped) writes at a position the new
 * owner has already taken, and the key refuses it instead of forking the log. And each session
 * has a lease (leases.ts): which node may write it, until when by the database's clock.
 * Created under an advisory lock, so that nodes starting together do not race to create them.
 */
const SCHEMA = `
SELECT pg_advisory_xact_lock(7151517);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  scenario_id TEXT NOT NULL,
  scenario_source TEXT NOT NULL,
  settings TEXT NOT NULL,
  clock TEXT NOT NULL,
  seats TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS log (
  session_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  events TEXT NOT NULL,
  action_id TEXT,
  result TEXT,
  schema INTEGER NOT NULL,
  PRIMARY KEY (session_id, position)
);
CREATE TABLE IF NOT EXISTS snapshots (
  session_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL,
  shape INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  seat JSONB NOT NULL,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  key_epoch TEXT
);
CREATE INDEX IF NOT EXISTS tokens_session ON tokens (session_id);
CREATE TABLE IF NOT EXISTS leases (
  session_id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  lease_until TIMESTAMPTZ NOT NULL,
  wanted_by TEXT
);
CREATE INDEX IF NOT EXISTS leases_owner ON leases (owner);
-- Added since (a database made before gets them here): each session's scenario title, so that the
-- instructor's list loads no scenario; and who is online in it, written by its lease's holder.
-- Altered only when missing: ALTER TABLE locks the table, even when the column is there already.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
      AND table_name = 'sessions' AND column_name = 'title') THEN
    ALTER TABLE sessions ADD COLUMN title TEXT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
      AND table_name = 'leases' AND column_name = 'online') THEN
    ALTER TABLE leases ADD COLUMN online TEXT;
  END IF;
END $$;
`;

/**
 * The condition a node's write of session $1 adds when the node writes under leases: it holds the
 * session's lease now, by the database's clock. `node` is the parameter that names the node.
 */
const fence = (node: string) =>
  `EXISTS (SELECT 1 FROM leases WHERE session_id = $1 AND owner = ${node} AND lease_until > now())`;

const SQL = {
  insertSession:
    'INSERT INTO sessions (id, code, created_at, scenario_id, scenario_source, settings, clock, seats, status, title) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
  sessions: 'SELECT * FROM sessions ORDER BY created_at',
  // One statement for any number of sessions: the number of a session's events is its last row
  // with events (seq + their count - 1), found by walking the log's key backwards from its end;
  // who is online counts only while the lease of the node that wrote it lasts.
  listing: `SELECT s.id, s.code, s.created_at, s.scenario_id, s.title, s.settings, s.clock, s.seats, s.status,
      coalesce(last.events, 0) AS events, coalesce(l.lease_until > now(), false) AS held,
      CASE WHEN l.lease_until > now() THEN l.online END AS online
    FROM sessions s
    LEFT JOIN leases l ON l.session_id = s.id
    LEFT JOIN LATERAL (
      SELECT log.seq + json_array_length(log.events::json) - 1 AS events FROM log
      WHERE log.session_id = s.id AND log.events <> '[]' ORDER BY log.position DESC LIMIT 1
    ) last ON TRUE
    WHERE s.status <> 'archived' ORDER BY s.created_at, s.id`,
  savePresence: `UPDATE leases SET online = $2 WHERE session_id = $1 AND owner = $3 AND lease_until > now()`,
  untitled: 'SELECT id, scenario_id, scenario_source FROM sessions WHERE title IS NULL',
  saveTitle: 'UPDATE sessions SET title = $2 WHERE id = $1',
  session: 'SELECT * FROM sessions WHERE id = $1',
  sessionByCode: 'SELECT * FROM sessions WHERE code = $1',
  saveClock: 'UPDATE sessions SET clock = $2 WHERE id = $1',
  saveSeats: 'UPDATE sessions SET seats = $2 WHERE id = $1',
  // An instructor archives a session from any node: its status is not fenced.
  saveStatus: 'UPDATE sessions SET status = $2 WHERE id = $1',
  append: `INSERT INTO log (session_id, position, seq, events, action_id, result, schema)
    SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM sessions WHERE id = $1 AND status <> 'archived')`,
  log: 'SELECT session_id, seq, events, action_id, result, schema FROM log WHERE session_id = $1 ORDER BY position',
  logs: 'SELECT session_id, seq, events, action_id, result, schema FROM log ORDER BY session_id, position',
  saveSnapshot: `INSERT INTO snapshots (session_id, seq, state, shape) SELECT $1, $2, $3, $4 WHERE TRUE
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state, shape = excluded.shape`,
  snapshot: 'SELECT seq, state FROM snapshots WHERE session_id = $1 AND shape = $2',
  insertToken:
    'INSERT INTO tokens (hash, session_id, seat, name, created_at, key_epoch) VALUES ($1, $2, $3, $4, $5, $6)',
  token: 'SELECT session_id, seat::text AS seat, name, key_epoch FROM tokens WHERE hash = $1',
  revokeTokens: `DELETE FROM tokens WHERE session_id = $1 AND seat->>'kind' = $2
    AND coalesce(seat->>'country', '') = $3`,
  revokeInstructorTokens: `DELETE FROM tokens WHERE seat->>'kind' IN ('instructor', 'look')
    AND (key_epoch IS NULL OR key_epoch <> $1)`,
} as const;

/** The unique constraint PostgreSQL names for `sessions.code`. */
const CODE_CONSTRAINT = 'sessions_code_key';

function isUniqueViolation(cause: unknown, constraint?: string): boolean {
  const error = cause as { code?: string; constraint?: string };
  return error.code === '23505' && (constraint === undefined || error.constraint === constraint);
}

/**
 * The store shared by several nodes: PostgreSQL, through a pool of connections. A write's promise
 * resolves once PostgreSQL has committed it (synchronous_commit, its default). The writes of one
 * session go through one queue, in call order; those of different sessions run at once, each on
 * a connection of its own, so that one session's commit latency does not hold up the others.
 */
export class PostgresStore implements Store {
  /** The tail of each session's queue of writes. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The position of each session's last log row, as this node knows it (from reading or writing it). */
  private readonly positions = new Map<string, number>();
  /** Who is online in each session, when no lease fences this store's writes (one node holds every session). */
  private readonly presence = new Map<string, Presence>();

  private constructor(
    readonly pool: pg.Pool,
    /** The node whose leases fence this store's writes (leases.ts); none: writes are not fenced. */
    private readonly node: string | undefined,
  ) {}

  /**
   * The statement `name`, fenced by this node's lease on session $1 when the node has one
   * (its last parameter is then the node's name).
   */
  private fenced(name: 'saveClock' | 'saveSeats' | 'append' | 'saveSnapshot', values: unknown[]) {
    if (this.node === undefined) return this.pool.query(SQL[name], values);
    const node = `$${values.length + 1}`;
    const sql = SQL[name].replace(/WHERE/, `WHERE ${fence(node)} AND`);
    return this.pool.query(sql, [...values, this.node]);
  }

  /** Connects and creates the tables that are missing. `node`: this node's name, when it writes under leases. */
  static async open(url: string, options: { max?: number; node?: string } = {}): Promise<PostgresStore> {
    // No statement waits for ever: a database that stops answering fails the write, which the
    // session reports instead of hanging (and a lease cannot be renewed meanwhile anyway).
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      connectionTimeoutMillis: 15_000,
      query_timeout: 30_000,
    });
    // An idle connection that breaks (the database restarted) is replaced; it must not crash the node.
    pool.on('error', () => {});
    const client = await pool.connect().catch((cause: unknown) => {
      void pool.end();
      throw new Error(
        `could not connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}; check --store / CROSSBORDER_STORE and that the database is running`,
      );
    });
    try {
      await client.query('BEGIN');
      await client.query(SCHEMA);
      await addTitles(client);
      await client.query('COMMIT');
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => {});
      throw cause;
    } finally {
      client.release();
    }
    return new PostgresStore(pool, options.node);
  }

  /** Runs `write` after the session's earlier writes (whether they succeeded or not). */
  private queued<T>(sessionId: string, write: () => Promise<T>): Promise<T> {
    const tail = this.queues.get(sessionId) ?? Promise.resolve();
    const run = tail.then(write);
    const settled = run.catch(() => undefined);
    this.queues.set(sessionId, settled);
    void settled.then(() => {
      if (this.queues.get(sessionId) === settled) this.queues.delete(sessionId);
    });
    return run;
  }

  /** Runs `work` in one transaction on one connection. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => {});
      throw cause;
    } finally {
      client.release();
    }
  }

  private sessionValues(record: SessionRecord): unknown[] {
    return [
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
    ];
  }

  async createSession(record: SessionRecord): Promise<void> {
    const values = this.sessionValues(record);
    await this.queued(record.id, async () => {
      try {
        await this.pool.query(SQL.insertSession, values);
      } catch (cause) {
        if (isUniqueViolation(cause, CODE_CONSTRAINT)) throw new DuplicateCodeError(record.code);
        throw cause;
      }
      this.positions.set(record.id, 0);
    });
  }

  async createFork(record: SessionRecord, from: string, events: readonly Event[]): Promise<void> {
    const values = this.sessionValues(record);
    const copied = JSON.stringify(events);
    await this.queued(record.id, () =>
      this.transaction(async (client) => {
        const found = await client.query('SELECT 1 FROM sessions WHERE id = $1 FOR SHARE', [from]);
        if (found.rowCount === 0) throw new ForkSourceError(from);
        try {
          await client.query(SQL.insertSession, values);
        } catch (cause) {
          if (isUniqueViolation(cause, CODE_CONSTRAINT)) throw new DuplicateCodeError(record.code);
          throw cause;
        }
        if (events.length > 0)
          await client.query(SQL.append, [record.id, 1, 1, copied, null, null, EVENT_SCHEMA]);
        this.positions.set(record.id, events.length > 0 ? 1 : 0);
      }),
    );
  }

  async sessions(): Promise<SessionRecord[]> {
    const result = await this.pool.query(SQL.sessions);
    return result.rows.map((row) => toRecord(row as Row));
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    const result = await this.pool.query(SQL.session, [id]);
    return result.rows[0] ? toRecord(result.rows[0] as Row) : undefined;
  }

  async sessionByCode(code: string): Promise<SessionRecord | undefined> {
    const result = await this.pool.query(SQL.sessionByCode, [code.toUpperCase()]);
    return result.rows[0] ? toRecord(result.rows[0] as Row) : undefined;
  }

  /** Saves a session's clock or seats, if this node still holds it. */
  private update(name: 'saveClock' | 'saveSeats', id: string, value: string): Promise<void> {
    return this.queued(id, async () => {
      const written = await this.fenced(name, [id, value]);
      if (written.rowCount === 0 && this.node !== undefined) throw new StaleWriterError(id);
    });
  }

  saveClock(id: string, clock: ClockState): Promise<void> {
    return this.update('saveClock', id, JSON.stringify(clock));
  }

  saveSeats(id: string, seats: SeatSettings): Promise<void> {
    return this.update('saveSeats', id, JSON.stringify(seats));
  }

  saveStatus(id: string, status: SessionRecord['status']): Promise<void> {
    return this.queued(id, async () => {
      await this.pool.query(SQL.saveStatus, [id, status]);
    });
  }

  append(
    sessionId: string,
    firstSeq: number,
    events: readonly Event[],
    action?: { actionId: string; result: unknown },
  ): Promise<void> {
    const values = [
      JSON.stringify(events),
      action?.actionId ?? null,
      action ? JSON.stringify(action.result) : null,
      EVENT_SCHEMA,
    ];
    return this.queued(sessionId, async () => {
      const position = (this.positions.get(sessionId) ?? (await this.lastPosition(sessionId))) + 1;
      let written: pg.QueryResult;
      try {
        written = await this.fenced('append', [sessionId, position, firstSeq, ...values]);
      } catch (cause) {
        if (isUniqueViolation(cause)) {
          // Whoever wrote there owns the session now: this node forgets what it thought it knew.
          this.positions.delete(sessionId);
          throw new StaleWriterError(sessionId, position);
        }
        throw cause;
      }
      if (written.rowCount !== 1) {
        const found = await this.pool.query(SQL.session, [sessionId]);
        const status = (found.rows[0] as Row | undefined)?.status;
        if (status === undefined || status === 'archived') throw new ClosedSessionError(sessionId);
        this.positions.delete(sessionId);
        throw new StaleWriterError(sessionId);
      }
      this.positions.set(sessionId, position);
    });
  }

  /** The position of a session's last row in the database (0 for none). */
  private async lastPosition(sessionId: string): Promise<number> {
    const result = await this.pool.query(
      'SELECT coalesce(max(position), 0) AS last FROM log WHERE session_id = $1',
      [sessionId],
    );
    return Number(result.rows[0]?.last ?? 0);
  }

  /**
   * One session's log. Read by the node that takes the session over, it also tells this node
   * where the session's next row goes (one it has written itself is not forgotten by a read).
   */
  async log(sessionId: string): Promise<SessionLog> {
    const result = await this.pool.query(SQL.log, [sessionId]);
    if (!this.positions.has(sessionId)) this.positions.set(sessionId, result.rowCount ?? 0);
    return collect(result.rows).get(sessionId) ?? emptyLog();
  }

  async logs(): Promise<Map<string, SessionLog>> {
    const result = await this.pool.query(SQL.logs);
    const counts = new Map<string, number>();
    for (const row of result.rows as { session_id: string }[])
      counts.set(row.session_id, (counts.get(row.session_id) ?? 0) + 1);
    for (const [id, count] of counts) if (!this.positions.has(id)) this.positions.set(id, count);
    return collect(result.rows);
  }

  forget(sessionId: string): void {
    this.positions.delete(sessionId);
  }

  saveSnapshot(sessionId: string, seq: number, state: State): Promise<void> {
    const text = JSON.stringify(state);
    return this.queued(sessionId, async () => {
      await this.fenced('saveSnapshot', [sessionId, seq, text, STATE_SHAPE]);
    });
  }

  async snapshot(sessionId: string): Promise<{ seq: number; state: State } | undefined> {
    const result = await this.pool.query(SQL.snapshot, [sessionId, STATE_SHAPE]);
    const row = result.rows[0] as { seq: number; state: string } | undefined;
    return row ? { seq: Number(row.seq), state: JSON.parse(row.state) as State } : undefined;
  }

  async addToken(hash: string, record: TokenRecord): Promise<void> {
    await this.pool.query(SQL.insertToken, [
      hash,
      record.sessionId,
      JSON.stringify(record.seat),
      record.name,
      Date.now(),
      record.keyEpoch ?? null,
    ]);
  }

  async token(hash: string): Promise<TokenRecord | undefined> {
    const result = await this.pool.query(SQL.token, [hash]);
    const row = result.rows[0] as
      | { session_id: string; seat: string; name: string; key_epoch: string | null }
      | undefined;
    return row ? tokenRecord(row) : undefined;
  }

  async revokeTokens(sessionId: string, seat: Seat): Promise<number> {
    const country = seat.kind === 'country' ? seat.country : '';
    const result = await this.pool.query(SQL.revokeTokens, [sessionId, seat.kind, country]);
    return result.rowCount ?? 0;
  }

  async revokeInstructorTokens(keyEpoch: string): Promise<number> {
    const result = await this.pool.query(SQL.revokeInstructorTokens, [keyEpoch]);
    return result.rowCount ?? 0;
  }

  /**
   * Under leases, in the session's lease row (the fence is in the statement: a node that does not
   * hold the lease changes nothing, and needs not be told); without, in memory, as SQLite's.
   */
  savePresence(sessionId: string, online: Presence): Promise<void> {
    const text = JSON.stringify(online);
    return this.queued(sessionId, async () => {
      if (this.node === undefined) this.presence.set(sessionId, JSON.parse(text) as Presence);
      else await this.pool.query(SQL.savePresence, [sessionId, text, this.node]);
    });
  }

  async listing(): Promise<Listed[]> {
    const result = await this.pool.query(SQL.listing);
    return (result.rows as ListingRow[]).map((row) =>
      this.node === undefined
        ? toListed(row, true, this.presence.get(row.id))
        : toListed(row, row.held === true, row.online ? (JSON.parse(row.online) as Presence) : undefined),
    );
  }

  deleteSession(id: string): Promise<void> {
    this.presence.delete(id);
    return this.queued(id, () =>
      this.transaction(async (client) => {
        for (const table of ['log', 'snapshots', 'tokens', 'leases'])
          await client.query(`DELETE FROM ${table} WHERE session_id = $1`, [id]);
        await client.query('DELETE FROM sessions WHERE id = $1', [id]);
        this.positions.delete(id);
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()]);
    await this.pool.end();
  }
}

/**
 * Fills in the title of the sessions stored without one (before titles were kept, or by a node
 * of an older version meanwhile), under the schema's lock, so that nodes starting together do
 * it once. A session whose scenario no longer loads keeps none (registry.ts).
 */
async function addTitles(client: pg.PoolClient): Promise<void> {
  const untitled = await client.query(SQL.untitled);
  const titleOf = scenarioTitles();
  for (const row of untitled.rows as Untitled[]) {
    const title = titleOf(row.scenario_source, row.scenario_id);
    if (title !== null) await client.query(SQL.saveTitle, [row.id, title]);
  }
}

/** The address without its password, for messages (`user:password@` becomes `user:***@`). */
export function redact(url: string): string {
  return url.replace(/^(\w+:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}
