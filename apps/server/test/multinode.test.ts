import { join } from 'node:path';
import { createEngine, type View } from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../src/store/postgres.js';
import { type Cluster, startCluster } from './postgres/cluster.js';
import { type Node, startNode, startProxy } from './postgres/nodes.js';
import { freePort, kill, killAll } from './server-process.js';
import { Client, KEY, ROOT } from './support.js';

/**
 * Past one machine (README, "Past one machine"), with real processes and nothing mocked: a
 * PostgreSQL, three nodes and HAProxy with the sample configuration (deploy/haproxy.cfg). A
 * dozen sessions of six teams and an instructor play through the proxy; the busiest node is
 * killed with SIGKILL; every client resumes on another node; then a node is stopped (SIGSTOP)
 * past its leases and continued: its late write is refused and it gives its sessions up. At the
 * end every acknowledged command is in the log exactly once, the log has no gap, and every
 * client's view is the one rebuilt from the log.
 */
const SESSIONS = 12;
const COUNTRIES = ['veldmark', 'ostmere', 'coralia', 'karvossa', 'lazuria', 'sendara'];
/** Resuming after a node died: one attempt waits (on the server) up to twice a lease for the session; a few suffice. */
const RESUME_ATTEMPTS = 8;

let cluster: Cluster | undefined;
let reader: PostgresStore | undefined;
let pool: pg.Pool | undefined;
const nodes: Node[] = [];
let proxy = '';

/**
 * A seat played through the proxy as a browser does: when its connection drops it reconnects
 * and resumes with its token, and a command without an answer is sent again with the same
 * action id (the server never applies one twice).
 */
class Seat {
  client: Client;
  token = '';
  /** The action ids of the commands acknowledged `ok`, as the log keys them (`country:id`). */
  readonly acknowledged: string[] = [];
  /** How long each resumption took after the connection dropped, in ms. */
  readonly resumptions: { ms: number; attempts: number }[] = [];
  private reconnecting: Promise<void> | null = null;
  private closing = false;
  private count = 0;

  constructor(
    readonly code: string,
    readonly seat: { kind: 'country'; country: string } | { kind: 'instructor' },
  ) {
    this.client = new Client(proxy, code);
  }

  async join(): Promise<void> {
    const name = this.seat.kind === 'country' ? `Team ${this.seat.country}` : 'Instructor';
    const joined = await this.client.join(
      this.code,
      this.seat,
      name,
      this.seat.kind === 'instructor' ? KEY : undefined,
    );
    if (!joined.ok) throw new Error(`${name} could not join ${this.code}: ${joined.error.message}`);
    this.token = joined.token;
    this.watch();
  }

  private watch(): void {
    const client = this.client;
    client.socket.once('disconnect', () => {
      if (this.closing || client !== this.client) return;
      this.reconnecting = this.reconnect(Date.now()).finally(() => {
        this.reconnecting = null;
      });
    });
  }

  private async reconnect(since: number): Promise<void> {
    for (let attempt = 1; attempt <= RESUME_ATTEMPTS; attempt++) {
      this.client.close();
      this.client = new Client(proxy, this.code);
      const resumed = await this.client.resume(this.token).catch(() => null);
      if (resumed?.ok) {
        this.resumptions.push({ ms: Date.now() - since, attempts: attempt });
        this.watch();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`a seat of ${this.code} could not resume in ${RESUME_ATTEMPTS} attempts`);
  }

  /** Until the connection is back, if it dropped. */
  async settled(): Promise<void> {
    while (this.reconnecting) await this.reconnecting;
  }

  /** Sends a command until it is answered (again after a reconnection, with the same action id). */
  async send(command: unknown, control = false): Promise<{ ok: boolean; code?: string }> {
    const actionId = `m-${this.code}-${this.count++}`;
    for (;;) {
      await this.settled();
      const client = this.client;
      const dropped = new Promise<null>((resolve) => client.socket.once('disconnect', () => resolve(null)));
      const sent = control ? client.control(command) : client.command(command, actionId);
      const answer = await Promise.race([sent.catch(() => null), dropped]);
      if (answer === null) continue;
      if (!answer.ok && answer.error.code === 'session-moved') {
        // The session is moving: its clients are about to be sent where it goes.
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      if (answer.ok && this.seat.kind === 'country')
        this.acknowledged.push(`${this.seat.country}:${actionId}`);
      return answer.ok ? { ok: true } : { ok: false, code: answer.error.code };
    }
  }

  close(): void {
    this.closing = true;
    this.client.close();
  }
}

interface Table {
  id: string;
  code: string;
  instructor: Seat;
  teams: Seat[];
}
const tables: Table[] = [];

/** The body of a successful answer; a failed one fails the test with its status and body, to say why. */
async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  const text = await answer.text();
  if (!answer.ok) throw new Error(`${answer.url} answered ${answer.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** The sessions each node holds now, by the leases in PostgreSQL. */
async function holdings(): Promise<Map<string, string[]>> {
  const rows =
    (await pool?.query('SELECT owner, session_id FROM leases WHERE lease_until > now()'))?.rows ?? [];
  const held = new Map<string, string[]>();
  for (const row of rows as { owner: string; session_id: string }[])
    held.set(row.owner, [...(held.get(row.owner) ?? []), row.session_id]);
  return held;
}

/** Asks `check` every 100 ms until it says yes, at most `times` times (then fails). */
async function eventually(check: () => Promise<boolean>, times = 600): Promise<void> {
  for (let attempt = 0; attempt < times; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not so after ${times} checks`);
}

const openCase = (title: string) => ({ type: 'openCase', title, offences: ['botnet-building'] });

/** Every team of every table sends `count` commands, one after another, all tables at once. */
async function play(count: number, label: string): Promise<void> {
  await Promise.all(
    tables.flatMap((table) =>
      table.teams.map(async (team) => {
        for (let index = 0; index < count; index++) {
          const answer = await team.send(
            openCase(`${label} ${team.seat.kind === 'country' ? team.seat.country : ''} ${index}`),
          );
          expect(answer.ok, `a command of ${table.code} is accepted (${answer.code ?? ''})`).toBe(true);
        }
      }),
    ),
  );
}

beforeAll(async () => {
  cluster = startCluster({ maxConnections: 200 });
  pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  // The cluster stops at the end while a connection may still be closing: not an error of the test.
  pool.on('error', () => {});
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const url = cluster.url;
  nodes.push(
    ...(await Promise.all(ports.slice(0, 3).map((port, index) => startNode(`node-${index + 1}`, port, url)))),
  );
  const proxyPort = ports[3] ?? 0;
  startProxy(proxyPort, nodes);
  proxy = `http://127.0.0.1:${proxyPort}`;
  reader = await PostgresStore.open(cluster.url, { max: 2 });
  // HAProxy has checked every node when requests without a code have reached each of them.
  const seen = new Set<string>();
  for (let attempt = 0; attempt < 200 && seen.size < 3; attempt++) {
    const answer = await json<{ node?: string }>(fetch(`${proxy}/ready`)).catch(() => ({ node: undefined }));
    if (answer.node) seen.add(answer.node);
    if (seen.size < 3) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(seen.size, 'HAProxy sends requests to all three nodes').toBe(3);
});

afterAll(async () => {
  for (const table of tables) for (const seat of [table.instructor, ...table.teams]) seat.close();
  await reader?.close();
  await pool?.end();
  await killAll();
  cluster?.stop();
});

describe('sessions on three nodes over PostgreSQL, behind HAProxy', () => {
  it('survive the busiest node’s death and a stopped node’s return, losing and repeating nothing', async () => {
    // A dozen sessions, created through the proxy (any node), each with six teams and an instructor.
    for (let index = 0; index < SESSIONS; index++) {
      const created = await json<{ session: { id: string; code: string } }>(
        fetch(`${proxy}/api/sessions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ scenario: 'botnet' }),
        }),
      );
      const { id, code } = created.session;
      const instructor = new Seat(code, { kind: 'instructor' });
      await instructor.join();
      const teams = COUNTRIES.map((country) => new Seat(code, { kind: 'country', country }));
      for (const team of teams) await team.join();
      expect((await instructor.send({ action: 'start' }, true)).ok).toBe(true);
      tables.push({ id, code, instructor, teams });
    }
    // Every session is held by exactly one node, and the work is spread over the three.
    const before = await holdings();
    expect([...before.values()].flat().sort()).toEqual(tables.map((table) => table.id).sort());
    expect(before.size, 'the proxy spreads the sessions over the nodes').toBeGreaterThan(1);

    await play(3, 'before');

    // The busiest node dies, commands in flight.
    const [busiest, itsSessions] = [...before.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [
      '',
      [],
    ];
    const victim = nodes.find((node) => node.id === busiest);
    if (!victim) throw new Error('no node holds a session');
    const during = play(2, 'during');
    await kill(victim.process);
    await during;
    const moved = tables.filter((table) => itsSessions.includes(table.id));
    for (const table of moved) for (const seat of [table.instructor, ...table.teams]) await seat.settled();
    const resumptions = moved.flatMap((table) =>
      [table.instructor, ...table.teams].flatMap((seat) => seat.resumptions),
    );
    // Every client of the dead node's sessions came back, on another node.
    expect(resumptions.length).toBeGreaterThanOrEqual(moved.length * 7);
    for (const { attempts } of resumptions) expect(attempts).toBeLessThanOrEqual(RESUME_ATTEMPTS);
    const slowest = Math.max(...resumptions.map((resumption) => resumption.ms));
    console.log(
      `failover: ${moved.length} sessions of ${busiest} resumed by ${resumptions.length} clients; slowest ${slowest} ms, median ${
        resumptions.map((resumption) => resumption.ms).sort((a, b) => a - b)[
          Math.floor(resumptions.length / 2)
        ]
      } ms`,
    );
    const after = await holdings();
    expect(after.has(busiest)).toBe(false);
    expect([...after.values()].flat().sort()).toEqual(tables.map((table) => table.id).sort());

    await play(2, 'after');

    // A node stopped past its leases, a command of one of its sessions waiting in its socket.
    const [stoppedId, stoppedSessions] = [...after.entries()].sort(
      (a, b) => b[1].length - a[1].length,
    )[0] ?? ['', []];
    const sleeper = nodes.find((node) => node.id === stoppedId);
    const table = tables.find((found) => found.id === stoppedSessions[0]);
    if (!sleeper || !table) throw new Error('no live node holds a session');
    const direct = new Client(sleeper.url);
    const team = table.teams[0];
    if (!team) throw new Error('no team');
    expect((await direct.resume(team.token)).ok).toBe(true);
    let directGone = false;
    direct.socket.once('disconnect', () => {
      directGone = true;
    });
    sleeper.process.kill('SIGSTOP');
    const late = direct.command(openCase('late write'), 'late-write').catch(() => null);
    // Its sessions' clients are cut off by the proxy (once its health checks fail) and resume on
    // the remaining node, which takes each session once its lease has expired. (A lease merely
    // expired is not enough: nobody else holding it, the node would rightly renew it when continued.)
    await eventually(async () => {
      const held = await holdings();
      const elsewhere = [...held.entries()].flatMap(([owner, ids]) => (owner === stoppedId ? [] : ids));
      return stoppedSessions.every((id) => elsewhere.includes(id));
    });
    await Promise.all(
      tables
        .filter((found) => stoppedSessions.includes(found.id))
        .flatMap((found) => [found.instructor, ...found.teams].map((seat) => seat.settled())),
    );
    sleeper.process.kill('SIGCONT');
    // Continued, it finds its leases gone: the late command is refused, its clients let go.
    let answered: Awaited<typeof late> | undefined;
    void late.then((answer) => {
      answered = answer;
    });
    await eventually(async () => answered !== undefined || directGone);
    const answer = answered ?? null;
    console.log(`the stopped node's late command: ${JSON.stringify(answer)}`);
    expect(answer?.ok ?? false, 'the stopped node’s late command is not acknowledged').toBe(false);
    await eventually(async () => directGone);
    direct.close();
    await eventually(async () => {
      const ready = await fetch(`${sleeper.url}/ready`).catch(() => null);
      return ready?.status === 200;
    });
    expect((await holdings()).get(stoppedId) ?? []).toEqual([]);

    await play(1, 'last');
    for (const found of tables)
      expect((await found.instructor.send({ action: 'pause' }, true)).ok).toBe(true);

    // Any live node answers the instructor's list and exports from PostgreSQL, held there or not.
    const live = nodes.filter((node) => node !== victim);
    const holders = await holdings();
    for (const node of live) {
      const listed = await json<{ id: string }[]>(
        fetch(`${node.url}/api/sessions`, { headers: { authorization: `Bearer ${KEY}` } }),
      );
      expect(listed.map((found) => found.id).sort()).toEqual(tables.map((found) => found.id).sort());
    }
    const elsewhere = tables.find((found) => !(holders.get(live[0]?.id ?? '') ?? []).includes(found.id));
    if (elsewhere && live[0]) {
      const exported = await json<{ events: unknown[] }>(
        fetch(`${live[0].url}/api/sessions/${elsewhere.id}/export`, {
          headers: { authorization: `Bearer ${KEY}` },
        }),
      );
      expect(exported.events.length).toBe((await reader?.log(elsewhere.id))?.events.length);
    }

    // The log: every acknowledged command exactly once, rows numbered without a gap, the late write absent.
    const { scenario } = await loadScenarioFile(join(ROOT, 'scenarios/botnet.yaml'));
    if (!scenario || !reader || !pool) throw new Error('botnet does not load');
    for (const found of tables) {
      const rows = (
        await pool.query('SELECT position, action_id FROM log WHERE session_id = $1 ORDER BY position', [
          found.id,
        ])
      ).rows as { position: number; action_id: string | null }[];
      expect(rows.map((row) => row.position)).toEqual(rows.map((_, index) => index + 1));
      const actions = rows.flatMap((row) => (row.action_id === null ? [] : [row.action_id]));
      expect(new Set(actions).size, `no action of ${found.code} written twice`).toBe(actions.length);
      for (const seat of found.teams)
        for (const acknowledged of seat.acknowledged)
          expect(actions.filter((action) => action === acknowledged)).toHaveLength(1);
      expect(actions.some((action) => action.endsWith(':late-write'))).toBe(false);
      // Each client's view, kept from the patches it was sent, is the one the log rebuilds.
      const log = await reader.log(found.id);
      const engine = createEngine(scenario);
      const state = engine.initialState();
      for (const event of log.events) engine.evolve(state, event);
      const expected = (seat: Seat) =>
        engine.view(state, seat.seat.kind === 'country' ? seat.seat.country : '') as View;
      // The last updates may still be on their way.
      await eventually(
        async () =>
          found.teams.every((seat) => JSON.stringify(seat.client.view) === JSON.stringify(expected(seat))),
        100,
      ).catch(() => {});
      for (const seat of found.teams)
        expect(seat.client.view, `a view in ${found.code}`).toEqual(expected(seat));
    }
  });
});
