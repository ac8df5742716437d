import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Where state lives unless `KB_DB_PATH` says otherwise. */
export const DEFAULT_DB_PATH = path.join('data', 'entra-connect-kb.db');

/**
 * Opens (creating if needed) the SQLite database in WAL mode: every write is one transaction,
 * readers never block the writer, and a crash — even `kill -9` — keeps every committed write.
 */
export function openDatabase(file: string = process.env.KB_DB_PATH ?? DEFAULT_DB_PATH): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
