import type { Event } from '@crossborder/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { useThrowawayDatabases } from '../../test/postgres/databases.js';
import { sessionRecord } from '../../test/records.js';
import { PostgresLeases } from './leases.js';
import { PostgresStore } from './postgres.js';
import { StaleWriterError } from './store.js';

/** Leases over a throwaway PostgreSQL (test/postgres/cluster.ts): two nodes, as two stores on one database. */
const newDatabase = useThrowawayDatabases('leases');
const opened: PostgresStore[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** Two nodes sharing a new database: each its store (writes fenced by its leases) and its leases. */
async function twoNodes(ttl: number) {
  const url = await newDatabase();
  const node = async (id: string) => {
    const store = await PostgresStore.open(url, { node: id });
    opened.push(store);
    return { store, leases: new PostgresLeases(store.pool, id, ttl) };
  };
  return { a: await node('node-a'), b: await node('node-b') };
}

const record = sessionRecord('s1', { code: 'ABCDEF' });
const event = (at: number): Event => ({ type: 'EmergencyDeclared', at, visibleTo: [] });

/** Tries `take` every 100 ms, at most `times` times: whether it was ever taken. */
async function takeWithin(leases: PostgresLeases, id: string, times: number): Promise<boolean> {
  for (let attempt = 0; attempt < times; attempt++) {
    if (await leases.take(id)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('leases on sessions, by the database’s clock', () => {
  it('are one node’s at a time; another asks, the owner hears it at its renewal and hands over', async () => {
    const { a, b } = await twoNodes(60_000);
    expect(await a.leases.take('s1')).toBe(true);
    // Taking one's own lease again is renewing it.
    expect(await a.leases.take('s1')).toBe(true);
    expect(await b.leases.take('s1')).toBe(false);
    expect(await a.leases.renew()).toEqual({ held: new Set(['s1']), wanted: new Set(['s1']) });
    expect(await b.leases.renew()).toEqual({ held: new Set(), wanted: new Set() });
    await a.leases.release('s1');
    expect(await b.leases.take('s1')).toBe(true);
    // Handed over: the wish is spent, and the first node no longer holds it.
    expect(await b.leases.renew()).toEqual({ held: new Set(['s1']), wanted: new Set() });
    expect(await a.leases.renew()).toEqual({ held: new Set(), wanted: new Set() });
  });

  it('renew every session of a node in one statement, and leave the others’ alone', async () => {
    const { a, b } = await twoNodes(60_000);
    for (const id of ['s1', 's2', 's3']) expect(await a.leases.take(id)).toBe(true);
    expect(await b.leases.take('s4')).toBe(true);
    expect((await a.leases.renew()).held).toEqual(new Set(['s1', 's2', 's3']));
    expect((await b.leases.renew()).held).toEqual(new Set(['s4']));
  });

  it('expire when not renewed: another node takes the session, and the first no longer holds it', async () => {
    const { a, b } = await twoNodes(300);
    expect(await a.leases.take('s1')).toBe(true);
    expect(await takeWithin(b.leases, 's1', 50)).toBe(true);
    expect((await a.leases.renew()).held).toEqual(new Set());
  });

  it('fence the writes: a node that lost the lease has every write refused, and nothing changes', async () => {
    const { a, b } = await twoNodes(300);
    await a.store.createSession(record);
    expect(await a.leases.take('s1')).toBe(true);
    await a.store.append('s1', 1, [event(1)]);
    await a.store.saveClock('s1', { ...record.clock, game: 1 });
    // Node A stops renewing (stopped, or cut off from the database); node B takes over.
    expect(await takeWithin(b.leases, 's1', 50)).toBe(true);
    expect((await b.store.log('s1')).events).toHaveLength(1);
    // A's late writes: refused by the lease, typed.
    await expect(a.store.append('s1', 2, [event(2)])).rejects.toThrow(StaleWriterError);
    await expect(a.store.saveClock('s1', { ...record.clock, game: 99 })).rejects.toThrow(StaleWriterError);
    await expect(a.store.saveSeats('s1', { countries: {}, observersSeeAll: true })).rejects.toThrow(
      StaleWriterError,
    );
    await a.store.saveSnapshot('s1', 2, { now: 99 } as never).catch(() => {});
    // B writes on, after the last row A wrote while it held the session.
    await b.store.append('s1', 2, [event(3)]);
    expect((await b.store.log('s1')).events.map((found) => found.at)).toEqual([1, 3]);
    expect((await b.store.session('s1'))?.clock.game).toBe(1);
    expect((await b.store.session('s1'))?.seats.observersSeeAll).toBe(false);
    expect(await b.store.snapshot('s1')).toBeUndefined();
  });
});
