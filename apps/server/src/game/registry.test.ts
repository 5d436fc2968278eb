import { readFileSync } from 'node:fs';
import type { Command } from '@crossborder/engine';
import type { ServerMessages } from '@crossborder/protocol';
import { loadScenarioText } from '@crossborder/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import { useThrowawayDatabases } from '../../test/postgres/databases.js';
import { createLogger } from '../log.js';
import { PostgresLeases } from '../store/leases.js';
import { PostgresStore } from '../store/postgres.js';
import { newConnection } from './audience.js';
import { Registry } from './registry.js';
import type { Session } from './session.js';

/**
 * Two nodes (two registries, each with its store and leases) over one throwaway PostgreSQL
 * (test/postgres/cluster.ts), in this process: who holds a session, and how it changes hands.
 */
const source = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenarioText(source, 'tutorial.yaml');
if (!loaded.scenario) throw new Error('the tutorial does not load');
const tutorial = loaded.scenario;
/** Short leases, so that the test waits little: renewed every third. */
const TTL = 3_000;

const newDatabase = useThrowawayDatabases('registry');
const running: { registry: Registry; store: PostgresStore }[] = [];

afterEach(async () => {
  for (const { registry, store } of running.splice(0)) {
    // A node whose connections a test closed (as if it died) cannot save its clocks any more.
    await registry.shutdownAll().catch(() => {});
    // A store whose connections a test closed is closed already.
    await store.close().catch(() => {});
  }
});

async function twoNodes() {
  const url = await newDatabase();
  const node = async (id: string) => {
    const store = await PostgresStore.open(url, { node: id });
    const registry = new Registry({
      store,
      log: createLogger('silent'),
      wall: () => 1_000,
      leases: new PostgresLeases(store.pool, id, TTL),
    });
    await registry.startLeases();
    running.push({ registry, store });
    return { registry, store };
  };
  return { a: await node('node-a'), b: await node('node-b') };
}

/** A client of a team's seat: what it is told when the session leaves its node. */
function seat(session: Session) {
  const notices: ServerMessages['notice'][] = [];
  const connection = newConnection(
    'c1',
    { kind: 'country', country: 'aldoria' },
    () => {},
    (notice) => {
      notices.push(notice);
    },
  );
  session.attach(connection, 'Team A');
  return { connection, notices };
}

const openCase = (title: string): Command => ({ type: 'openCase', title, offences: ['credential-phishing'] });

describe('sessions held on lease by one of several nodes', () => {
  it('belong to no node when created, and to the first node a seat opens them on', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    expect(a.registry.get(created.id)).toBeUndefined();
    const opened = await b.registry.open(created.record.code.toLowerCase());
    if (!opened || opened === 'moved') throw new Error('not opened');
    expect(b.registry.get(created.id)).toBe(opened);
    expect(b.registry.ready()).toBe(true);
    expect((await opened.command({ kind: 'country', country: 'aldoria' }, 'a1', openCase('One'))).ok).toBe(
      true,
    );
    // Any node reads it, for the instructor's list and exports, without holding it.
    const read = await a.registry.reader(created.id);
    expect(read?.eventCount).toBe(opened.eventCount);
    expect((await a.registry.listed()).map((found) => found.id)).toEqual([created.id]);
    expect(a.registry.get(created.id)).toBeUndefined();
  });

  it('are listed alike by every node, with who is online, how many events and the title, without being rebuilt', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    const idle = await b.registry.create(tutorial, source);
    const held = await a.registry.open(created.record.code);
    if (!held || held === 'moved') throw new Error('not opened');
    seat(held);
    held.attach(
      newConnection(
        'c2',
        { kind: 'country', country: 'aldoria' },
        () => {},
        () => {},
      ),
      null,
    );
    held.attach(
      newConnection(
        'c3',
        { kind: 'observer' },
        () => {},
        () => {},
      ),
      'Projector',
    );
    const aldoria = { kind: 'country', country: 'aldoria' } as const;
    expect((await held.control({ action: 'start' })).ok).toBe(true);
    expect((await held.command(aldoria, 'a1', openCase('One'))).ok).toBe(true);
    // The last command went through the session's writes after the seats': they are in the store.
    expect((await held.command(aldoria, 'a2', openCase('Two'))).ok).toBe(true);
    // Were node B to rebuild the session held on node A, it could not: its scenario and its
    // first log row are unreadable now.
    await b.store.pool.query(`UPDATE sessions SET scenario_source = 'id: [' WHERE id = $1`, [created.id]);
    await b.store.pool.query(`UPDATE log SET events = '[{' WHERE session_id = $1 AND position = 1`, [
      created.id,
    ]);
    const fromA = await a.registry.listed();
    const fromB = await b.registry.listed();
    expect(fromB).toEqual(fromA);
    // Both were created at the same (fake) time: the list orders them by id then.
    expect(fromB.map((entry) => entry.id)).toEqual([created.id, idle.id].sort());
    const listed = (id: string) => fromB.find((entry) => entry.id === id);
    expect(listed(created.id)).toMatchObject({
      title: 'Tutorial: the Harbourline phishing kit',
      status: 'open',
      clock: { running: true },
      events: held.eventCount,
      seats: { countries: { aldoria: { team: 'Team A', online: 2 }, borealis: { team: null, online: 0 } } },
    });
    expect(held.eventCount).toBeGreaterThan(0);
    expect(listed(idle.id)).toMatchObject({ events: 0, seats: { countries: { aldoria: { online: 0 } } } });
  });

  it('are listed with their scenario’s title when a node of an older version stored them without it', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    const broken = await a.registry.create(tutorial, source);
    await b.store.pool.query('UPDATE sessions SET title = NULL WHERE id = $1 OR id = $2', [
      created.id,
      broken.id,
    ]);
    // One whose scenario no longer loads cannot be played: it is left out, as before.
    await b.store.pool.query(`UPDATE sessions SET scenario_source = 'id: [' WHERE id = $1`, [broken.id]);
    expect(await b.registry.listed()).toMatchObject([
      { id: created.id, title: 'Tutorial: the Harbourline phishing kit', events: 0 },
    ]);
    // Found once: the next lists read neither session's scenario again.
    const read: string[] = [];
    const session = b.store.session.bind(b.store);
    b.store.session = (id) => {
      read.push(id);
      return session(id);
    };
    for (let again = 0; again < 2; again++) expect(await b.registry.listed()).toHaveLength(1);
    expect(read).toEqual([]);
  });

  it('are listed with nobody online once their node is gone and its lease has expired', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    const held = await a.registry.open(created.record.code);
    if (!held || held === 'moved') throw new Error('not opened');
    seat(held);
    expect((await held.control({ action: 'start' })).ok).toBe(true);
    expect((await held.command({ kind: 'country', country: 'aldoria' }, 'a1', openCase('One'))).ok).toBe(
      true,
    );
    expect(await b.registry.listed()).toMatchObject([
      { clock: { running: true }, seats: { countries: { aldoria: { online: 1 } } } },
    ]);
    // Node A is cut off (as if it died), and its lease runs out: the session will resume paused
    // where its clock was last saved, on whichever node its seats come back to.
    await a.store.pool.end();
    await b.store.pool.query(`UPDATE leases SET lease_until = now() - interval '1 second'`);
    const [listed] = await b.registry.listed();
    expect(listed).toMatchObject({
      id: created.id,
      events: held.eventCount,
      clock: { running: false },
      seats: { countries: { aldoria: { team: 'Team A', online: 0 }, borealis: { online: 0 } } },
    });
  });

  it('move to a node that asks for them: the owner lets go at its next renewal and its clients are told', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    const first = await a.registry.open(created.record.code);
    if (!first || first === 'moved') throw new Error('not opened');
    const client = seat(first);
    expect((await first.command(client.connection.seat, 'a1', openCase('Before'))).ok).toBe(true);
    // The proxy now sends the session's seats to node B (node A was away, and is back).
    const second = await b.registry.openById(created.id);
    if (!second || second === 'moved') throw new Error('not handed over');
    expect(second.eventCount).toBe(first.eventCount);
    expect(client.notices.map((notice) => notice.kind)).toEqual(['shutdown']);
    expect(client.notices[0]?.message).toContain('moving to another server');
    expect(a.registry.get(created.id)).toBeUndefined();
    // Node A's session object takes nothing more; node B's goes on from where it was.
    const late = await first.command(client.connection.seat, 'a2', openCase('Late'));
    expect(late).toMatchObject({ ok: false, error: { code: 'session-moved' } });
    expect((await second.command({ kind: 'country', country: 'aldoria' }, 'a3', openCase('After'))).ok).toBe(
      true,
    );
    expect((await b.store.log(created.id)).results.has('aldoria:a2')).toBe(false);
  });

  it('are taken from a node cut off from the database, once its lease has expired; it then refuses commands', async () => {
    const { a, b } = await twoNodes();
    const created = await a.registry.create(tutorial, source);
    const first = await a.registry.open(created.record.code);
    if (!first || first === 'moved') throw new Error('not opened');
    // Node A is cut off from the database: its renewals fail from now on.
    await a.store.pool.end();
    const second = await b.registry.open(created.record.code);
    if (!second || second === 'moved') throw new Error('not taken over');
    expect(a.registry.ready()).toBe(false);
    const late = await first.command({ kind: 'country', country: 'aldoria' }, 'a1', openCase('Late'));
    expect(late).toMatchObject({ ok: false, error: { code: 'session-moved' } });
    expect((await b.store.log(created.id)).events).toHaveLength(second.eventCount);
  });
});
