import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Event } from '@crossborder/engine';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { useThrowawayDatabases } from '../../test/postgres/databases.js';
import { sessionRecord } from '../../test/records.js';
import { openDatabase } from './db.js';
import { PostgresLeases } from './leases.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import {
  ClosedSessionError,
  DuplicateCodeError,
  ForkSourceError,
  type SessionRecord,
  StaleWriterError,
  type Store,
} from './store.js';

/**
 * The store's contract, the same tests run against both stores: the embedded SQLite one and the
 * PostgreSQL one (against a throwaway cluster, test/postgres/cluster.ts). What the session relies
 * on: durable before resolved, one session's writes in call order, each write what its arguments
 * were when called, refusals typed.
 */

const newDatabase = useThrowawayDatabases('contract');
/** Everything a test opened, closed after it however it ended. */
const opened: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of opened.splice(0)) await close().catch(() => {});
});

/** A store of one kind over an empty database, and a way to open that database again (a restart). */
interface Opened {
  store: Store;
  reopen(): Promise<Store>;
}

interface Kind {
  name: string;
  open(): Promise<Opened>;
}

const SQLITE: Kind = {
  name: 'SQLite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'crossborder-contract-'));
    const path = join(folder, 'db.sqlite');
    const track = (store: Store) => {
      opened.push(() => store.close());
      return store;
    };
    opened.push(async () => rmSync(folder, { recursive: true, force: true }));
    return {
      store: track(new SqliteStore(openDatabase(path))),
      reopen: async () => track(new SqliteStore(openDatabase(path))),
    };
  },
};

const POSTGRES: Kind = {
  name: 'PostgreSQL',
  async open() {
    const url = await newDatabase();
    const track = async (store: Promise<Store>) => {
      const ready = await store;
      opened.unshift(() => ready.close());
      return ready;
    };
    return { store: await track(PostgresStore.open(url)), reopen: () => track(PostgresStore.open(url)) };
  },
};

const KINDS: Kind[] = [SQLITE, POSTGRES];

const TUTORIAL = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

/** The sessions and leases tables as PostgreSQL stores made them before titles and who is online were kept. */
const OLD_POSTGRES = `
CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL,
  scenario_id TEXT NOT NULL, scenario_source TEXT NOT NULL, settings TEXT NOT NULL, clock TEXT NOT NULL,
  seats TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE leases (session_id TEXT PRIMARY KEY, owner TEXT NOT NULL, lease_until TIMESTAMPTZ NOT NULL,
  wanted_by TEXT);`;

const record = (id: string, code = id.toUpperCase().padEnd(6, 'X').slice(0, 6)): SessionRecord =>
  sessionRecord(id, {
    code,
    seats: { countries: { aldoria: { bot: false, locked: false, team: null } }, observersSeeAll: false },
  });

const event = (at: number): Event => ({ type: 'EmergencyDeclared', at, visibleTo: [] });

describe.each(KINDS)('the $name store', (kind) => {
  it('keeps a session, found by id and by its join code in any case; a code taken is refused, typed', async () => {
    const { store } = await kind.open();
    await store.createSession(record('s1', 'ABCDEF'));
    expect(await store.session('s1')).toEqual(record('s1', 'ABCDEF'));
    expect((await store.sessionByCode('abcdef'))?.id).toBe('s1');
    expect(await store.sessionByCode('ZZZZZZ')).toBeUndefined();
    await expect(store.createSession(record('s2', 'ABCDEF'))).rejects.toThrow(DuplicateCodeError);
    expect((await store.sessions()).map((found) => found.id)).toEqual(['s1']);
  });

  it('gives back a log as written: events in order, each action’s answer, who acted when', async () => {
    const { store, reopen } = await kind.open();
    await store.createSession(record('s1'));
    await store.append('s1', 1, [event(5), event(6)], {
      actionId: 'aldoria:a1',
      result: { ok: true, events: 2 },
    });
    await store.append('s1', 3, []);
    await store.append('s1', 3, [], { actionId: 'borealis:a2', result: { ok: false } });
    await store.append('s1', 3, [event(9)]);
    await store.close();
    // Read again after a restart: what was resolved was durable.
    const again = await reopen();
    const log = await again.log('s1');
    expect(log.events.map((found) => found.at)).toEqual([5, 6, 9]);
    expect(log.results).toEqual(
      new Map<string, unknown>([
        ['aldoria:a1', { ok: true, events: 2 }],
        ['borealis:a2', { ok: false }],
      ]),
    );
    expect(log.actions).toEqual([{ actor: 'aldoria', at: 6 }]);
    expect((await again.logs()).get('s1')?.events).toHaveLength(3);
  });

  it('writes one session’s appends in the order they were called, without the caller waiting for each', async () => {
    const { store } = await kind.open();
    await store.createSession(record('s1'));
    const writes: Promise<void>[] = [];
    for (let seq = 1; seq <= 40; seq++) writes.push(store.append('s1', seq, [event(seq)]));
    await Promise.all(writes);
    expect((await store.log('s1')).events.map((found) => found.at)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
  });

  it('writes many sessions at once, each in its own order', async () => {
    const { store } = await kind.open();
    const ids = Array.from({ length: 8 }, (_, index) => `s${index}`);
    await Promise.all(ids.map((id) => store.createSession(record(id))));
    const writes = ids.flatMap((id) =>
      Array.from({ length: 10 }, (_, index) => store.append(id, index + 1, [event(index + 1)])),
    );
    await Promise.all(writes);
    const logs = await store.logs();
    for (const id of ids)
      expect(logs.get(id)?.events.map((found) => found.at)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the last of a session’s saves called without waiting, as they were when called', async () => {
    const { store } = await kind.open();
    await store.createSession(record('s1'));
    const seats = record('s1').seats;
    const saves: Promise<void>[] = [];
    for (let game = 1; game <= 30; game++) {
      saves.push(store.saveClock('s1', { ...record('s1').clock, game }));
      seats.observersSeeAll = game % 2 === 0;
      saves.push(store.saveSeats('s1', seats));
    }
    // Changed after the last save was called: not what that save writes.
    seats.observersSeeAll = false;
    saves.push(store.saveStatus('s1', 'ended'));
    await Promise.all(saves);
    const found = await store.session('s1');
    expect(found?.clock.game).toBe(30);
    expect(found?.seats.observersSeeAll).toBe(true);
    expect(found?.status).toBe('ended');
  });

  it('writes nothing to the log of a session that is deleted, archived or unknown, and says so', async () => {
    const { store } = await kind.open();
    for (const id of ['open', 'archived', 'deleted']) await store.createSession(record(id));
    await store.saveStatus('archived', 'archived');
    await store.deleteSession('deleted');
    await store.append('open', 1, [event(1)]);
    for (const id of ['archived', 'deleted', 'never'])
      await expect(store.append(id, 1, [event(1)])).rejects.toThrow(ClosedSessionError);
    expect((await store.logs()).size).toBe(1);
    expect((await store.sessions()).map((found) => found.id).sort()).toEqual(['archived', 'open']);
  });

  it('deletes a session with its log, snapshot and tokens, and nothing of another', async () => {
    const { store } = await kind.open();
    for (const id of ['s1', 's2']) {
      await store.createSession(record(id));
      await store.append(id, 1, [event(1)]);
      await store.saveSnapshot(id, 1, { now: 1 } as never);
      await store.addToken(`token-${id}`, { sessionId: id, seat: { kind: 'observer' }, name: 'P' });
    }
    await store.deleteSession('s1');
    expect(await store.session('s1')).toBeUndefined();
    expect((await store.log('s1')).events).toEqual([]);
    expect(await store.snapshot('s1')).toBeUndefined();
    expect(await store.token('token-s1')).toBeUndefined();
    expect((await store.log('s2')).events).toHaveLength(1);
    expect((await store.snapshot('s2'))?.seq).toBe(1);
    expect(await store.token('token-s2')).toBeDefined();
  });

  it('keeps the last snapshot of a session, as it was when saved', async () => {
    const { store } = await kind.open();
    await store.createSession(record('s1'));
    const state = { now: 10, ended: false } as never as { now: number };
    await store.saveSnapshot('s1', 5, state as never);
    state.now = 99;
    const later = store.saveSnapshot('s1', 8, { now: 20 } as never);
    await later;
    expect(await store.snapshot('s1')).toEqual({ seq: 8, state: { now: 20 } });
    expect(await store.snapshot('other')).toBeUndefined();
  });

  it('keeps seat tokens, revokes one seat’s of one session and instructor tokens of another key', async () => {
    const { store } = await kind.open();
    const aldoria = { kind: 'country', country: 'aldoria' } as const;
    await store.addToken('t1', { sessionId: 's1', seat: aldoria, name: 'A' });
    await store.addToken('t2', {
      sessionId: 's1',
      seat: { kind: 'country', country: 'borealis' },
      name: 'B',
    });
    await store.addToken('t3', { sessionId: 's2', seat: aldoria, name: 'A' });
    await store.addToken('i1', { sessionId: 's1', seat: { kind: 'instructor' }, name: 'I', keyEpoch: 'old' });
    await store.addToken('i2', {
      sessionId: 's1',
      seat: { kind: 'look', country: 'aldoria' },
      name: 'I',
      keyEpoch: 'new',
    });
    expect(await store.token('t1')).toEqual({ sessionId: 's1', seat: aldoria, name: 'A' });
    expect(await store.token('i2')).toEqual({
      sessionId: 's1',
      seat: { kind: 'look', country: 'aldoria' },
      name: 'I',
      keyEpoch: 'new',
    });
    expect(await store.revokeTokens('s1', aldoria)).toBe(1);
    expect(await store.token('t1')).toBeUndefined();
    expect(await store.token('t3')).toBeDefined();
    expect(await store.revokeInstructorTokens('new')).toBe(1);
    expect(await store.token('i1')).toBeUndefined();
    expect(await store.token('i2')).toBeDefined();
  });

  it('lists every session not archived in one read: its record without the scenario, its title, events, who is online', async () => {
    const { store } = await kind.open();
    await store.createSession({ ...record('s1'), title: 'The Harbourline phishing kit' });
    await store.createSession({ ...record('s2'), createdAt: 2 });
    await store.createSession({ ...record('s3'), createdAt: 3 });
    await store.saveStatus('s3', 'archived');
    await store.append('s1', 1, [event(1), event(2)], { actionId: 'aldoria:a1', result: { ok: true } });
    await store.append('s1', 3, [event(3)]);
    // A last row without events (a refusal's answer): the count is that of the row before.
    await store.append('s1', 4, [], { actionId: 'aldoria:a2', result: { ok: false } });
    await store.createFork({ ...record('fork'), createdAt: 4 }, 's1', [event(1), event(2)]);
    await store.append('fork', 3, [event(3), event(4)]);
    const online = { countries: { aldoria: 2 }, jurors: { '@juror-1': 1 } };
    await store.savePresence('s1', online);
    // Changed after the save was called: not what it wrote.
    online.countries.aldoria = 7;
    const { scenarioSource: _s1, ...s1 } = record('s1');
    const { scenarioSource: _s2, ...s2 } = record('s2');
    const { scenarioSource: _fork, ...fork } = record('fork');
    const nobody = { countries: {}, jurors: {} };
    expect(await store.listing()).toEqual([
      {
        record: { ...s1, title: 'The Harbourline phishing kit' },
        events: 3,
        held: true,
        online: { countries: { aldoria: 2 }, jurors: { '@juror-1': 1 } },
      },
      { record: { ...s2, createdAt: 2 }, events: 0, held: true, online: nobody },
      { record: { ...fork, createdAt: 4 }, events: 4, held: true, online: nobody },
    ]);
    // Nobody online any more; a deleted session is not listed.
    await store.savePresence('s1', nobody);
    await store.deleteSession('s2');
    expect((await store.listing()).map((listed) => [listed.record.id, listed.online])).toEqual([
      ['s1', nobody],
      ['fork', nobody],
    ]);
    expect((await store.session('s1'))?.title).toBe('The Harbourline phishing kit');
  });

  it('writes a fork’s record and copied events together, or nothing when its original is gone', async () => {
    const { store } = await kind.open();
    await store.createSession(record('orig'));
    await store.append('orig', 1, [event(1), event(2)]);
    await store.createFork(record('fork'), 'orig', [event(1)]);
    await store.append('fork', 2, [event(3)]);
    expect((await store.log('fork')).events.map((found) => found.at)).toEqual([1, 3]);
    await expect(store.createFork(record('none'), 'gone', [event(1)])).rejects.toThrow(ForkSourceError);
    expect(await store.session('none')).toBeUndefined();
  });
});

describe('the PostgreSQL store shared by two nodes', () => {
  /** Two nodes' stores over one new database, each writing under its own leases. */
  async function twoStores() {
    const url = await newDatabase();
    const open = async (node: string) => {
      const store = await PostgresStore.open(url, { node });
      opened.unshift(() => store.close());
      return { store, leases: new PostgresLeases(store.pool, node, 60_000) };
    };
    return { a: await open('node-a'), b: await open('node-b') };
  }

  it('lists who is online as the lease’s holder wrote it, on every node, and nobody once no node holds the session', async () => {
    const { a, b } = await twoStores();
    await a.store.createSession({ ...record('s1'), title: 'Tutorial' });
    const online = { countries: { aldoria: 1 }, jurors: {} };
    const nobody = { countries: {}, jurors: {} };
    // Held by no node yet: what a node writes of it counts for nothing.
    await a.store.savePresence('s1', online);
    const seen = async (store: Store) =>
      (await store.listing()).map((listed) => [listed.held, listed.online]);
    expect(await seen(b.store)).toEqual([[false, nobody]]);
    expect(await a.leases.take('s1')).toBe(true);
    await a.store.savePresence('s1', online);
    // Another node's write changes nothing: the session is not its own.
    await b.store.savePresence('s1', { countries: { aldoria: 5 }, jurors: {} });
    for (const store of [a.store, b.store]) expect(await seen(store)).toEqual([[true, online]]);
    // Node A dies: once its lease has expired, nobody is online.
    await b.store.pool.query("UPDATE leases SET lease_until = now() - interval '1 second'");
    expect(await seen(b.store)).toEqual([[false, nobody]]);
    // Node B takes the session over: nobody is online until its own seats attach.
    expect(await b.leases.take('s1')).toBe(true);
    expect(await seen(a.store)).toEqual([[true, nobody]]);
  });

  it('upgrades a database made before titles and who is online were kept: each session gets its scenario’s title', async () => {
    const url = await newDatabase();
    const old = new pg.Client({ connectionString: url });
    await old.connect();
    const clock = JSON.stringify(record('s1').clock);
    const seats = JSON.stringify(record('s1').seats);
    await old.query(OLD_POSTGRES);
    await old.query(
      `INSERT INTO sessions VALUES ('s1', 'C00001', 1, 'tutorial', $1, '{}', $2, $3, 'open'),
        ('s2', 'C00002', 2, 'gone', 'id: [not a scenario', '{}', $2, $3, 'open')`,
      [TUTORIAL, clock, seats],
    );
    await old.end();
    const store = await PostgresStore.open(url, { node: 'node-a' });
    opened.unshift(() => store.close());
    expect((await store.listing()).map((listed) => [listed.record.id, listed.record.title])).toEqual([
      ['s1', 'Tutorial: the Harbourline phishing kit'],
      ['s2', undefined],
    ]);
    expect(await new PostgresLeases(store.pool, 'node-a', 60_000).take('s1')).toBe(true);
    await store.savePresence('s1', { countries: { aldoria: 1 }, jurors: {} });
    expect((await store.listing())[0]?.online.countries).toEqual({ aldoria: 1 });
  });

  it('refuses a stale writer’s late append on the log’s key: the log never forks', async () => {
    const { store: first, reopen } = await POSTGRES.open();
    await first.createSession(record('s1'));
    await first.append('s1', 1, [event(1)]);
    // Another node takes the session over: it reads the log, then writes after it.
    const second = await reopen();
    expect((await second.log('s1')).events).toHaveLength(1);
    await second.append('s1', 2, [event(2)]);
    // The first node, unaware, writes what it thinks comes next: refused, typed.
    await expect(first.append('s1', 2, [event(20)])).rejects.toThrow(StaleWriterError);
    expect((await second.log('s1')).events.map((found) => found.at)).toEqual([1, 2]);
  });
});
