import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The embedded database (Node's built-in SQLite: nothing to install). Write-ahead logging with
 * synchronous=NORMAL: a committed transaction survives the process being killed at any moment
 * (the operating system holds it); only a power cut could lose the last instants.
 */
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
  action_id TEXT,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE INDEX IF NOT EXISTS events_action ON events (session_id, action_id) WHERE action_id IS NOT NULL;
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
);
`;

export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;',
  );
  db.exec(SCHEMA);
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
