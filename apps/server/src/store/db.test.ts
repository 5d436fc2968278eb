import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { STATE_SHAPE, type State } from '@crossborder/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db.js';
import { ClosedSessionError, type SessionRecord, Store } from './store.js';

/** The tables as the first server release wrote them (no schema version). */
const VERSION_0 = `
CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
  scenario_id TEXT NOT NULL, scenario_source TEXT NOT NULL, settings TEXT NOT NULL, clock TEXT NOT NULL,
  seats TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE events (session_id TEXT NOT NULL, seq INTEGER NOT NULL, action_id TEXT, body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq));
CREATE INDEX events_action ON events (session_id, action_id) WHERE action_id IS NOT NULL;
CREATE TABLE snapshots (session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL);
CREATE TABLE tokens (hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, seat TEXT NOT NULL, name TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE results (session_id TEXT NOT NULL, action_id TEXT NOT NULL, result TEXT NOT NULL,
  PRIMARY KEY (session_id, action_id));
INSERT INTO events VALUES ('s1', 1, 'a1', '{"type":"CaseOpened"}'), ('s1', 2, NULL, '{"type":"FactLearned"}');
INSERT INTO results VALUES ('s1', 'a1', '{"ok":true}');
`;

/** The store keeps a state as JSON: any will do. */
const initial = { scenarioId: 'tutorial', now: 0 } as unknown as State;

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const fresh = () => {
  folder = mkdtempSync(join(tmpdir(), 'crossborder-db-'));
  return join(folder, 'test.sqlite');
};

describe('the database schema', () => {
  it('moves the events and results of a database from before schema versions', () => {
    const path = fresh();
    const old = new DatabaseSync(path);
    old.exec(VERSION_0);
    old.close();
    const db = openDatabase(path);
    const store = new Store(db);
    expect(store.logs().get('s1')).toEqual({
      events: [{ type: 'CaseOpened' }, { type: 'FactLearned' }],
      results: new Map([['a1', { ok: true }]]),
    });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 3 });
    db.close();
    // Opening again changes nothing.
    const again = openDatabase(path);
    expect(new Store(again).logs().get('s1')?.events).toHaveLength(2);
    again.close();
  });

  it('drops snapshots of schema 1 (they have no shape) and keeps the log, which rebuilds them', () => {
    const path = fresh();
    const db = openDatabase(path);
    const store = new Store(db);
    store.saveSnapshot('s1', 3, initial);
    expect(store.snapshot('s1')?.seq).toBe(3);
    // As schema 1 left it: no shape column.
    db.exec(
      "DROP TABLE snapshots; CREATE TABLE snapshots (session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL); INSERT INTO snapshots VALUES ('s1', 3, '{}'); PRAGMA user_version = 1",
    );
    db.close();
    const reopened = openDatabase(path);
    expect(new Store(reopened).snapshot('s1')).toBeUndefined();
    reopened.close();
  });

  it('does not restore a snapshot of another state shape', () => {
    const db = openDatabase(fresh());
    const store = new Store(db);
    store.saveSnapshot('s1', 3, initial);
    db.exec(`UPDATE snapshots SET shape = ${STATE_SHAPE - 1}`);
    expect(store.snapshot('s1')).toBeUndefined();
    store.saveSnapshot('s1', 4, initial);
    expect(store.snapshot('s1')).toEqual({ seq: 4, state: initial });
    db.close();
  });

  it('refuses a database written by a newer version, saying what to do', () => {
    const path = fresh();
    const newer = new DatabaseSync(path);
    newer.exec('PRAGMA user_version = 99');
    newer.close();
    expect(() => openDatabase(path)).toThrow(
      /newer version of Crossborder \(schema 99\).*update Crossborder/,
    );
  });
});

const record = (id: string): SessionRecord => ({
  id,
  code: `C${id.toUpperCase()}`.slice(0, 6),
  createdAt: 1,
  scenarioId: 'tutorial',
  scenarioSource: 'id: tutorial',
  settings: {},
  clock: { mode: 'realtime', running: false, speed: 1, game: 0, wall: 0, roundLength: 60 },
  seats: { countries: {}, observersSeeAll: false },
  status: 'open',
});

describe('the store', () => {
  it('writes nothing to the log of a session that is deleted, archived or unknown, and says so', () => {
    const db = openDatabase(fresh());
    const store = new Store(db);
    for (const id of ['open', 'archived', 'deleted']) store.createSession(record(id));
    store.saveStatus('archived', 'archived');
    store.deleteSession('deleted');
    store.append('open', 1, [], { actionId: 'a', result: { ok: true } });
    for (const id of ['archived', 'deleted', 'never']) {
      expect(() => store.append(id, 1, [], { actionId: 'a', result: { ok: true } })).toThrow(
        ClosedSessionError,
      );
    }
    const rows = db.prepare('SELECT session_id FROM log').all() as { session_id: string }[];
    expect(rows.map((row) => row.session_id)).toEqual(['open']);
    db.close();
  });

  it('revokes the tokens of one seat of one session, and no other', () => {
    const db = openDatabase(fresh());
    const store = new Store(db);
    const aldoria = { kind: 'country', country: 'aldoria' } as const;
    store.addToken('t1', { sessionId: 's1', seat: aldoria, name: 'A' });
    store.addToken('t2', { sessionId: 's1', seat: aldoria, name: 'A' });
    store.addToken('t3', { sessionId: 's1', seat: { kind: 'country', country: 'borealis' }, name: 'B' });
    store.addToken('t4', { sessionId: 's2', seat: aldoria, name: 'A' });
    store.addToken('t5', { sessionId: 's1', seat: { kind: 'observer' }, name: 'Projector' });
    expect(store.revokeTokens('s1', aldoria)).toBe(2);
    expect([store.token('t1'), store.token('t2')]).toEqual([undefined, undefined]);
    expect(store.token('t3')?.seat).toEqual({ kind: 'country', country: 'borealis' });
    expect(store.token('t4')?.sessionId).toBe('s2');
    expect(store.revokeTokens('s1', { kind: 'observer' })).toBe(1);
    expect(store.token('t5')).toBeUndefined();
    db.close();
  });

  it('keeps the instructor key epoch of a token, and revokes instructor tokens of other keys', () => {
    const db = openDatabase(fresh());
    const store = new Store(db);
    const instructor = { kind: 'instructor' } as const;
    store.addToken('old', { sessionId: 's1', seat: instructor, name: 'I', keyEpoch: 'epoch-1' });
    store.addToken('new', { sessionId: 's1', seat: instructor, name: 'I', keyEpoch: 'epoch-2' });
    store.addToken('team', { sessionId: 's1', seat: { kind: 'country', country: 'aldoria' }, name: 'A' });
    expect(store.token('new')?.keyEpoch).toBe('epoch-2');
    expect(store.revokeInstructorTokens('epoch-2')).toBe(1);
    expect(store.token('old')).toBeUndefined();
    expect(store.token('new')).toBeDefined();
    expect(store.token('team')).toBeDefined();
    db.close();
  });

  it('adds the key epoch to the tokens of a schema 2 database; its instructor tokens no longer resume', () => {
    const path = fresh();
    const db = openDatabase(path);
    db.exec(
      "DROP TABLE tokens; CREATE TABLE tokens (hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, seat TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL); INSERT INTO tokens VALUES ('h', 's1', '{\"kind\":\"instructor\"}', 'I', 1); PRAGMA user_version = 2",
    );
    db.close();
    const reopened = openDatabase(path);
    const store = new Store(reopened);
    expect(store.token('h')).toEqual({ sessionId: 's1', seat: { kind: 'instructor' }, name: 'I' });
    expect(store.revokeInstructorTokens('any')).toBe(1);
    reopened.close();
  });
});
