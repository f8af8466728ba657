import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, SCHEMA_VERSION } from '../migrations.ts';
import { corrupt, foreignDatabase, newerSchema, notADatabase, StoreError, toStoreError } from '../store-error.ts';
import { migrateSqlite, sqliteSchemaVersion } from './migrate-sqlite.ts';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens the store, or creates it (and its folder) when the file does not exist yet. An existing
 * file is first judged through a read-only connection, which never writes to it, not even the
 * checkpoint SQLite makes when the last connection closes: a file that is not SQLite, is corrupt,
 * belongs to another application or has a newer schema is refused with a StoreError, and its
 * bytes stay as they were. So is one that another process keeps locked.
 */
export function openSqlite(file: string, busyTimeoutMs: number): Database.Database {
  createFolder(file);
  if (hasContent(file)) inspect(file, busyTimeoutMs);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    // Takes and drops the write lock: another run holding it is named now, before anything changes.
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db);
    return db;
  } catch (error) {
    db?.close();
    throw toStoreError(file, error);
  }
}

function inspect(file: string, busyTimeoutMs: number): void {
  checkHeader(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    checkIntegrity(db, file);
    checkSchema(db, file);
  } catch (error) {
    throw toStoreError(file, error);
  } finally {
    db?.close();
  }
}

function createFolder(file: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new StoreError(`Run store ${file}: its folder cannot be created (${(error as Error).message}); set MYSTERY_SHOPPER_STORE to another file`);
  }
}

/** An empty file is SQLite's own way of starting a new database: nothing in it to judge or lose. */
function hasContent(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new StoreError(`Run store ${file} is not a file; set MYSTERY_SHOPPER_STORE to a file`);
  return stat !== undefined && stat.size > 0;
}

/** SQLite would also say "not a database", but only once asked to read; this names the problem first. */
function checkHeader(file: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw notADatabase(file);
}

function checkIntegrity(db: Database.Database, file: string): void {
  const [first] = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((row) => row.quick_check);
  if (first === 'ok') return;
  // SQLite lists problems over several lines, under a "*** in database main ***" heading: one line is enough.
  const problem = (first ?? 'no answer').replace(/\*\*\* in database \w+ \*\*\*/, '').replace(/\s+/g, ' ').trim();
  throw corrupt(file, `SQLite quick_check: ${problem}`);
}

function checkSchema(db: Database.Database, file: string): void {
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (objects > 0 && applicationId !== APPLICATION_ID) throw foreignDatabase(file);
  const version = sqliteSchemaVersion(db);
  if (version > SCHEMA_VERSION) throw newerSchema(file, version, SCHEMA_VERSION);
}
