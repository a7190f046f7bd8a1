/**
 * SQLite set-up. One file per data folder; every reply is sent after its transaction commits.
 *
 * Durability: WAL + synchronous=FULL fsyncs the WAL on every commit, so a server killed (even the
 * machine losing power) right after replying keeps the write. NORMAL would survive a SIGKILL too
 * (the WAL is in the OS cache) but not a power cut; FULL costs about one fsync per commit, and a
 * $batch commits once for all its parts (see routes/batch.ts), so the price stays small.
 */
import Database from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lists (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  entity_name TEXT NOT NULL,
  props TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  item_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fields (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  guid TEXT NOT NULL,
  title TEXT NOT NULL,
  kind INTEGER NOT NULL,
  props TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  indexed INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL,
  PRIMARY KEY (list_id, internal_name)
);
-- Field values live in one JSON document per item; SharePoint-indexed fields get SQLite
-- expression indexes on json_extract (see storage/indexes.ts).
CREATE TABLE IF NOT EXISTS items (
  list_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
) WITHOUT ROWID;
`;

/** Opens (creating if needed) the database in `dataDir`. */
export function openDatabase(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'sharepoint.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Several processes may share a data folder (a test and a CLI server): wait rather than fail.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

/** Reads a metadata value, creating it with `init()` the first time. */
export function metaValue(db: Db, key: string, init: () => string): string {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  if (row !== undefined) {
    return row.value;
  }
  const value = init();
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string }).value;
}

const prepared = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement for `sql`, prepared once per database: hot paths run it thousands of times. */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = prepared.get(db);
  if (cache === undefined) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let s = cache.get(sql);
  if (s === undefined) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
