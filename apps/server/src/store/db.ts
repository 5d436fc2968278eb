import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { scenarioTitles, type Untitled } from './titles.js';

/**
 * The embedded database (Node's built-in SQLite: nothing to install). Write-ahead logging with
 * synchronous=NORMAL: a committed transaction survives the process being killed at any moment
 * (the operating system holds it); only a power cut could lose the last instants.
 *
 * Everything that happens in play goes to one append-only `log` table, one row per command (or
 * per moment of time passing): appends land on the table's last page, so a commit writes about
 * one page. An index would scatter every commit over the file (measured: 5 times the cost), so
 * there is none: the log is read whole, in order, when the server starts. Each row records the
 * schema of its events (the engine's EVENT_SCHEMA when it was written); rows of an older one are
 * upcast to today's events as they are read (store.ts).
 */
const SCHEMA_VERSION = 5;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  scenario_id TEXT NOT NULL,
  scenario_source TEXT NOT NULL,
  settings TEXT NOT NULL,
  clock TEXT NOT NULL,
  seats TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT
);
CREATE TABLE IF NOT EXISTS log (
  id INTEGER PRIMARY KEY,
  session_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  events TEXT NOT NULL,
  action_id TEXT,
  result TEXT,
  schema INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS snapshots (
  session_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL,
  shape INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  seat TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  key_epoch TEXT
);
`;

/** Databases written before the schema had a version (0): their events and results move to the log. */
const FROM_VERSION_0 = `
${SCHEMA}
INSERT INTO log (session_id, seq, events) SELECT session_id, seq, '[' || body || ']' FROM events ORDER BY session_id, seq;
INSERT INTO log (session_id, seq, events, action_id, result) SELECT session_id, 0, '[]', action_id, result FROM results;
DROP INDEX IF EXISTS events_action;
DROP TABLE events;
DROP TABLE results;
`;

export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
  );
  const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `the database ${path} was written by a newer version of Crossborder (schema ${version}); update Crossborder or choose another data file`,
    );
  }
  const existing = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
  transaction(db, () => {
    // Snapshots are only a shortcut past the log: before schema 2 they had no shape, so they go.
    if (version < 2) db.exec('DROP TABLE IF EXISTS snapshots');
    db.exec(version === 0 && existing ? FROM_VERSION_0 : SCHEMA);
    // Schema 3 ties an instructor's seat token to the instructor key it was issued under; older
    // instructor tokens have none and no longer resume (the instructor signs in again with the key).
    const tokenColumns = db.prepare('PRAGMA table_info(tokens)').all() as { name: string }[];
    if (!tokenColumns.some((column) => column.name === 'key_epoch'))
      db.exec('ALTER TABLE tokens ADD COLUMN key_epoch TEXT');
    // Schema 4 records the event schema of each log row; rows written before are of event schema 1.
    const logColumns = db.prepare('PRAGMA table_info(log)').all() as { name: string }[];
    if (!logColumns.some((column) => column.name === 'schema'))
      db.exec('ALTER TABLE log ADD COLUMN schema INTEGER NOT NULL DEFAULT 1');
    // Schema 5 keeps each session's scenario title, so that the instructor's list loads no
    // scenario; the sessions stored before get theirs now, each distinct scenario loaded once.
    if (version < 5) addTitles(db);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
  return db;
}

/** Adds the title column if it is missing, and fills it in for the sessions that have none. */
function addTitles(db: DatabaseSync): void {
  const sessionColumns = db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[];
  if (!sessionColumns.some((column) => column.name === 'title'))
    db.exec('ALTER TABLE sessions ADD COLUMN title TEXT');
  const untitled = db
    .prepare('SELECT id, scenario_id, scenario_source FROM sessions WHERE title IS NULL')
    .all() as unknown as Untitled[];
  const save = db.prepare('UPDATE sessions SET title = ? WHERE id = ?');
  const titleOf = scenarioTitles();
  for (const row of untitled) {
    const title = titleOf(row.scenario_source, row.scenario_id);
    if (title !== null) save.run(title, row.id);
  }
}

/** Runs `work` in one transaction: all of it is written, or none. */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
