import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Event } from '@crossborder/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionRecord } from '../../test/records.js';
import { SqliteStore } from '../store/sqlite.js';
import { openDatabase } from './db.js';
import { ForkSourceError, type SessionRecord } from './store.js';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));
function fresh(): string {
  folder = mkdtempSync(join(tmpdir(), 'crossborder-fork-store-'));
  return join(folder, 'test.sqlite');
}

const record = (id: string, fork?: SessionRecord['settings']['fork']): SessionRecord =>
  sessionRecord(id, { settings: fork ? { fork } : {} });

const events: Event[] = [
  { type: 'EmergencyDeclared', at: 10, visibleTo: [] },
  { type: 'InjectFired', at: 20, visibleTo: [], injectId: 'news' },
];
const origin = { sessionId: 'orig', code: 'ORIGXX', title: 'Tutorial', at: 20, events: 2 };

describe('the store, for a fork', () => {
  it('writes its record and the copied events together, the copy marked, the original untouched', async () => {
    const path = fresh();
    const db = openDatabase(path);
    const store = new SqliteStore(db);
    await store.createSession(record('orig'));
    await store.append('orig', 1, events);
    await store.append('orig', 3, [{ type: 'SessionEnded', at: 30, visibleTo: [] }]);
    await store.createFork(record('fork', origin), 'orig', events);
    // The fork's own events follow the copy, numbered after it.
    await store.append('fork', 3, [{ type: 'EmergencyDeclared', at: 25, visibleTo: [] }]);
    db.close();
    // Read again from the file, as a restart does.
    const reopened = openDatabase(path);
    const again = new SqliteStore(reopened);
    expect((await again.session('fork'))?.settings.fork).toEqual(origin);
    expect((await again.log('fork')).events.map((event) => event.at)).toEqual([10, 20, 25]);
    expect((await again.log('orig')).events.map((event) => event.at)).toEqual([10, 20, 30]);
    reopened.close();
  });

  it('writes nothing when the write of the copy fails half-way: the fork is one transaction', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    await store.createSession(record('orig'));
    await store.append('orig', 1, events);
    // The disk fills up after the fork's record is written, before its log is.
    db.exec(
      "CREATE TRIGGER full BEFORE INSERT ON log WHEN NEW.session_id = 'fork' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    );
    await expect(store.createFork(record('fork', origin), 'orig', events)).rejects.toThrow(/disk is full/);
    expect(await store.session('fork')).toBeUndefined();
    expect((await store.sessions()).map((found) => found.id)).toEqual(['orig']);
    // After the failure the store works on: the same fork goes through once the disk has room.
    db.exec('DROP TRIGGER full');
    await store.createFork(record('fork', origin), 'orig', events);
    expect((await store.log('fork')).events).toEqual(events);
    db.close();
  });

  it('refuses a fork of a session deleted meanwhile, and writes nothing', async () => {
    const db = openDatabase(fresh());
    const store = new SqliteStore(db);
    await store.createSession(record('orig'));
    await store.deleteSession('orig');
    await expect(store.createFork(record('fork', origin), 'orig', events)).rejects.toThrow(ForkSourceError);
    expect(await store.sessions()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS rows FROM log').get()).toEqual({ rows: 0 });
    db.close();
  });
});
