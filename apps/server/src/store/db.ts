import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The embedded database (Node's built-in SQLite: nothing to install). Write-ahead logging with
 * synchronous=NORMAL: a committed transaction survives the process being killed at any moment
 * (the operating system holds it); only a power cut could lose the last instants.
 *
 * Events and action results are WITHOUT ROWID tables clustered on their primary key: appending a
 * command's events touches one B-tree page per table, which keeps each commit small.
 */
const SCHEMA_VERSION = 1;

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
  status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  session_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  seat TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
  session_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  result TEXT NOT NULL,
  PRIMARY KEY (session_id, action_id)
) WITHOUT ROWID;
`;

/** Databases written before the schema had a version (0): events and results move to the new tables. */
const FROM_VERSION_0 = `
ALTER TABLE events RENAME TO events_v0;
ALTER TABLE results RENAME TO results_v0;
DROP INDEX IF EXISTS events_action;
${SCHEMA}
INSERT INTO events (session_id, seq, body) SELECT session_id, seq, body FROM events_v0;
INSERT INTO results (session_id, action_id, result) SELECT session_id, action_id, result FROM results_v0;
DROP TABLE events_v0;
DROP TABLE results_v0;
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
    db.exec(version === 0 && existing ? FROM_VERSION_0 : SCHEMA);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
  return db;
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
