import type pg from 'pg';

/**
 * Which node may write a session: a lease row per session (`owner`, `lease_until`), in the same
 * PostgreSQL as the log. Only the database's clock counts: a lease is taken by a conditional
 * update (free, expired, or already this node's) and renewed with `now()`, so nodes whose clocks
 * disagree still agree on who owns what. The store's writes check the lease too (postgres.ts), so
 * a node that lost one cannot write, whatever it believes.
 *
 * A node that receives a session's seats while another node's live lease holds it (the proxy
 * sent them here: the other node was down a moment and is back) marks the lease `wanted`; the
 * owner gives it up at its next renewal, its clients reconnect and the proxy brings them here.
 * Ownership thus follows the proxy's routing, and nodes never talk to each other.
 */
export interface Leases {
  /** This node's name in the lease rows (`--node-id`). */
  readonly node: string;
  /** How long a lease lasts after it is taken or renewed, in ms. */
  readonly ttl: number;
  /** Takes the session's lease if it is free, expired or this node's; otherwise asks its owner for it. */
  take(sessionId: string): Promise<boolean>;
  /**
   * Renews every lease this node holds, in one statement: the sessions it still holds, and those
   * of them another node asked for.
   */
  renew(): Promise<{ held: Set<string>; wanted: Set<string> }>;
  /** Gives a session up at once (its lease expires now), for the node that asked for it. */
  release(sessionId: string): Promise<void>;
}

// A lease taken starts with nobody online: the seats online before were on the node that held it.
const SQL = {
  take: `INSERT INTO leases (session_id, owner, lease_until) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
    ON CONFLICT (session_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until, wanted_by = NULL,
      online = NULL
    WHERE leases.owner = excluded.owner OR leases.lease_until < now()
    RETURNING owner`,
  want: 'UPDATE leases SET wanted_by = $2 WHERE session_id = $1 AND owner <> $2',
  renew: `UPDATE leases SET lease_until = now() + $2 * interval '1 millisecond' WHERE owner = $1
    RETURNING session_id, wanted_by`,
  release: `UPDATE leases SET lease_until = now() - interval '1 second', wanted_by = NULL
    WHERE session_id = $1 AND owner = $2`,
} as const;

export class PostgresLeases implements Leases {
  /** Over the store's pool (postgres.ts creates the table). */
  constructor(
    private readonly pool: pg.Pool,
    readonly node: string,
    readonly ttl: number,
  ) {}

  async take(sessionId: string): Promise<boolean> {
    const taken = await this.pool.query(SQL.take, [sessionId, this.node, this.ttl]);
    if ((taken.rowCount ?? 0) > 0) return true;
    await this.pool.query(SQL.want, [sessionId, this.node]);
    return false;
  }

  async renew(): Promise<{ held: Set<string>; wanted: Set<string> }> {
    const result = await this.pool.query(SQL.renew, [this.node, this.ttl]);
    const rows = result.rows as { session_id: string; wanted_by: string | null }[];
    return {
      held: new Set(rows.map((row) => row.session_id)),
      wanted: new Set(rows.filter((row) => row.wanted_by !== null).map((row) => row.session_id)),
    };
  }

  async release(sessionId: string): Promise<void> {
    await this.pool.query(SQL.release, [sessionId, this.node]);
  }
}
