import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { EVENT_SCHEMA, STATE_SHAPE, type State } from '@crossborder/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionRecord } from '../../test/records.js';
import { SqliteStore } from '../store/sqlite.js';
import { openDatabase } from './db.js';
import { ClosedSessionError, type SessionRecord } from './store.js';

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

/** A schema 3 database (log rows had no event schema) holding events of event schema 1. */
const V3_MESSAGE = 'Request req-2 does not state a summary of the relevant facts.';
const V3_PRESERVED = (by: string, since: number) => ({
  type: 'EvidencePreserved',
  at: since,
  visibleTo: [by],
  evidenceId: 'hosting-logs',
  preservation: { by, via: { kind: 'measure', measure: `measure-${since}` }, since, until: 180 },
});
const V3_ENDED = { type: 'PreservationEnded', at: 180, visibleTo: ['aldoria'], evidenceId: 'hosting-logs' };
const V3_VIOLATION = {
  type: 'ViolationRecorded',
  at: 200,
  visibleTo: ['aldoria'],
  violation: {
    id: 'viol-3',
    ruleId: 'mla.contents.summary-of-facts',
    country: 'aldoria',
    at: 200,
    message: V3_MESSAGE,
    penalty: 2,
    refs: {},
  },
};
const VERSION_3 = `
CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
  scenario_id TEXT NOT NULL, scenario_source TEXT NOT NULL, settings TEXT NOT NULL, clock TEXT NOT NULL,
  seats TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE log (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL, seq INTEGER NOT NULL, events TEXT NOT NULL,
  action_id TEXT, result TEXT);
CREATE TABLE snapshots (session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL,
  shape INTEGER NOT NULL DEFAULT 0);
CREATE TABLE tokens (hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, seat TEXT NOT NULL, name TEXT NOT NULL,
  created_at INTEGER NOT NULL, key_epoch TEXT);
INSERT INTO sessions VALUES ('s1', 'C00001', 1, 'tutorial', 'id: tutorial', '{}', '{}', '{}', 'open');
INSERT INTO log (session_id, seq, events, action_id, result) VALUES
  ('s1', 1, '${JSON.stringify([V3_PRESERVED('aldoria', 60), V3_PRESERVED('borealis', 120)])}', 'a1', '{"ok":true,"events":2}'),
  ('s1', 3, '${JSON.stringify([V3_ENDED, V3_VIOLATION])}', NULL, NULL);
INSERT INTO snapshots VALUES ('s1', 3, '{}', 2);
PRAGMA user_version = 3;
`;

/** A schema 4 database: sessions had no title. */
const VERSION_4 = `
CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
  scenario_id TEXT NOT NULL, scenario_source TEXT NOT NULL, settings TEXT NOT NULL, clock TEXT NOT NULL,
  seats TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE log (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL, seq INTEGER NOT NULL, events TEXT NOT NULL,
  action_id TEXT, result TEXT, schema INTEGER NOT NULL DEFAULT 1);
INSERT INTO sessions VALUES ('s2', 'C00002', 2, 'gone', 'id: [not a scenario', '{}', '{}', '{}', 'open');
PRAGMA user_version = 4;
`;
const TUTORIAL = readFileSync(new URL('../../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

/** The store keeps a state as JSON: any will do. */
const initial = { scenarioId: 'tutorial', now: 0 } as unknown as State;

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const fresh = () => {
  folder = mkdtempSync(join(tmpdir(), 'crossborder-db-'));
  return join(folder, 'test.sqlite');
};

describe('the database schema', () => {
  it('moves the events and results of a database from before schema versions', async () => {
    const path = fresh();
    const old = new DatabaseSync(path);
    old.exec(VERSION_0);
    old.close();
    const db = openDatabase(path);
    const store = new SqliteStore(db);
    expect((await store.logs()).get('s1')).toEqual({
      events: [{ type: 'CaseOpened' }, { type: 'FactLearned' }],
      results: new Map([['a1', { ok: true }]]),
    });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 5 });
    db.close();
    // Opening again changes nothing.
    const again = openDatabase(path);
    expect((await new SqliteStore(again).logs()).get('s1')?.events).toHaveLength(2);
    again.close();
  });

  it('drops snapshots of schema 1 (they have no shape) and keeps the log, which rebuilds them', async () => {
    const path = fresh();
    const db = openDatabase(path);
    const store = new SqliteStore(db);
    await store.saveSnapshot('s1', 3, initial);
    expect((await store.snapshot('s1'))?.seq).toBe(3);
    // As schema 1 left it: no shape column.
    db.exec(
      "DROP TABLE snapshots; CREATE TABLE snapshots (session_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL); INSERT INTO snapshots VALUES ('s1', 3, '{}'); PRAGMA user_version = 1",
    );
    db.close();
    const reopened = openDatabase(path);
    expect(await new SqliteStore(reopened).snapshot('s1')).toBeUndefined();
    reopened.close();
  });

  it('does not restore a snapshot of another state shape', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    await store.saveSnapshot('s1', 3, initial);
    db.exec(`UPDATE snapshots SET shape = ${STATE_SHAPE - 1}`);
    expect(await store.snapshot('s1')).toBeUndefined();
    await store.saveSnapshot('s1', 4, initial);
    expect(await store.snapshot('s1')).toEqual({ seq: 4, state: initial });
    db.close();
  });

  it('reads the log rows of a schema 3 database, of event schema 1, as today’s events', async () => {
    const path = fresh();
    const old = new DatabaseSync(path);
    old.exec(VERSION_3);
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 5 });
    const store = new SqliteStore(db);
    const read = (await store.logs()).get('s1');
    // The end that named no country is one per country that had preserved the logs; the violation
    // keeps its English text as the line `violation.as-recorded`.
    expect(read?.events).toEqual([
      V3_PRESERVED('aldoria', 60),
      V3_PRESERVED('borealis', 120),
      { ...V3_ENDED, by: 'aldoria' },
      { ...V3_ENDED, by: 'borealis' },
      {
        type: 'ViolationRecorded',
        at: 200,
        visibleTo: ['aldoria'],
        violation: {
          id: 'viol-3',
          ruleId: 'mla.contents.summary-of-facts',
          country: 'aldoria',
          at: 200,
          line: { key: 'violation.as-recorded', params: { text: V3_MESSAGE } },
          penalty: 2,
          refs: {},
        },
      },
    ]);
    expect(read?.results).toEqual(new Map([['a1', { ok: true, events: 2 }]]));
    // The snapshot of the state's former shape is not restored.
    expect(await store.snapshot('s1')).toBeUndefined();
    // The server goes on numbering the events as it read them: 6 follows the 5 upcast events.
    await store.append('s1', 6, [{ type: 'SessionEnded', at: 300, visibleTo: [] }]);
    const rows = db.prepare('SELECT seq, schema FROM log ORDER BY id').all();
    expect(rows.map((row) => ({ ...row }))).toEqual([
      { seq: 1, schema: 1 },
      { seq: 3, schema: 1 },
      { seq: 6, schema: EVENT_SCHEMA },
    ]);
    expect((await store.log('s1')).events.map((event) => event.type).at(-1)).toBe('SessionEnded');
    expect((await store.log('s1')).events).toHaveLength(6);
    // A row of today's schema that does not follow the upcast events is a damaged file.
    db.exec(`UPDATE log SET seq = 5 WHERE schema = ${EVENT_SCHEMA}`);
    await expect(store.logs()).rejects.toThrow(/the log of session s1 has event 5 where event 6 should come/);
    db.close();
  });

  it('gives the sessions of a schema 4 database their scenario’s title, for the list', async () => {
    const path = fresh();
    const old = new DatabaseSync(path);
    old.exec(VERSION_4);
    old
      .prepare(`INSERT INTO sessions VALUES ('s1', 'C00001', 1, 'tutorial', ?, '{}', ?, ?, 'open')`)
      .run(TUTORIAL, JSON.stringify(record('s1').clock), JSON.stringify(record('s1').seats));
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 5 });
    const store = new SqliteStore(db);
    expect((await store.listing()).map((listed) => [listed.record.id, listed.record.title])).toEqual([
      ['s1', 'Tutorial: the Harbourline phishing kit'],
      // Its scenario no longer loads: no title (the list leaves it out, as it cannot be played).
      ['s2', undefined],
    ]);
    expect((await store.session('s1'))?.title).toBe('Tutorial: the Harbourline phishing kit');
    db.close();
  });

  it('refuses a database written by a newer version, saying what to do', async () => {
    const path = fresh();
    const newer = new DatabaseSync(path);
    newer.exec('PRAGMA user_version = 99');
    newer.close();
    expect(() => openDatabase(path)).toThrow(
      /newer version of Crossborder \(schema 99\).*update Crossborder/,
    );
  });
});

const record = (id: string): SessionRecord => sessionRecord(id, { code: `C${id.toUpperCase()}`.slice(0, 6) });

describe('the store', () => {
  it('writes nothing to the log of a session that is deleted, archived or unknown, and says so', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    for (const id of ['open', 'archived', 'deleted']) await store.createSession(record(id));
    await store.saveStatus('archived', 'archived');
    await store.deleteSession('deleted');
    await store.append('open', 1, [], { actionId: 'a', result: { ok: true } });
    for (const id of ['archived', 'deleted', 'never']) {
      await expect(store.append(id, 1, [], { actionId: 'a', result: { ok: true } })).rejects.toThrow(
        ClosedSessionError,
      );
    }
    const rows = db.prepare('SELECT session_id FROM log').all() as { session_id: string }[];
    expect(rows.map((row) => row.session_id)).toEqual(['open']);
    db.close();
  });

  it('revokes the tokens of one seat of one session, and no other', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    const aldoria = { kind: 'country', country: 'aldoria' } as const;
    await store.addToken('t1', { sessionId: 's1', seat: aldoria, name: 'A' });
    await store.addToken('t2', { sessionId: 's1', seat: aldoria, name: 'A' });
    await store.addToken('t3', {
      sessionId: 's1',
      seat: { kind: 'country', country: 'borealis' },
      name: 'B',
    });
    await store.addToken('t4', { sessionId: 's2', seat: aldoria, name: 'A' });
    await store.addToken('t5', { sessionId: 's1', seat: { kind: 'observer' }, name: 'Projector' });
    expect(await store.revokeTokens('s1', aldoria)).toBe(2);
    expect([await store.token('t1'), await store.token('t2')]).toEqual([undefined, undefined]);
    expect((await store.token('t3'))?.seat).toEqual({ kind: 'country', country: 'borealis' });
    expect((await store.token('t4'))?.sessionId).toBe('s2');
    expect(await store.revokeTokens('s1', { kind: 'observer' })).toBe(1);
    expect(await store.token('t5')).toBeUndefined();
    db.close();
  });

  it('keeps the instructor key epoch of a token, and revokes instructor tokens of other keys', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    const instructor = { kind: 'instructor' } as const;
    await store.addToken('old', { sessionId: 's1', seat: instructor, name: 'I', keyEpoch: 'epoch-1' });
    await store.addToken('new', { sessionId: 's1', seat: instructor, name: 'I', keyEpoch: 'epoch-2' });
    await store.addToken('team', {
      sessionId: 's1',
      seat: { kind: 'country', country: 'aldoria' },
      name: 'A',
    });
    expect((await store.token('new'))?.keyEpoch).toBe('epoch-2');
    expect(await store.revokeInstructorTokens('epoch-2')).toBe(1);
    expect(await store.token('old')).toBeUndefined();
    expect(await store.token('new')).toBeDefined();
    expect(await store.token('team')).toBeDefined();
    db.close();
  });

  it('adds the key epoch to the tokens of a schema 2 database; its instructor tokens no longer resume', async () => {
    const path = fresh();
    const db = openDatabase(path);
    db.exec(
      "DROP TABLE tokens; CREATE TABLE tokens (hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, seat TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL); INSERT INTO tokens VALUES ('h', 's1', '{\"kind\":\"instructor\"}', 'I', 1); PRAGMA user_version = 2",
    );
    db.close();
    const reopened = openDatabase(path);
    const store = new SqliteStore(reopened);
    expect(await store.token('h')).toEqual({ sessionId: 's1', seat: { kind: 'instructor' }, name: 'I' });
    expect(await store.revokeInstructorTokens('any')).toBe(1);
    reopened.close();
  });
});
