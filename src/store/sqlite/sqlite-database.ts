import type { Database } from 'better-sqlite3';
import type { Statement, StoreDatabase } from '../store-database.ts';
import { toStoreError } from '../store-error.ts';
import { openSqlite } from './open-sqlite.ts';

/** The store's SQLite file as a StoreDatabase; better-sqlite3 is synchronous, so each answer is already settled. */
export function openSqliteDatabase(file: string, busyTimeoutMs: number): StoreDatabase {
  const db = openSqlite(file, busyTimeoutMs);
  // A lock or a disk problem can also show up later, mid-run: it is reported the same way.
  const guard = async <T>(work: () => T): Promise<T> => {
    try {
      return work();
    } catch (error) {
      throw toStoreError(file, error);
    }
  };
  return {
    location: file,
    all: <Row>(sql: string, params: readonly unknown[] = []) => guard(() => db.prepare(sql).all(...params) as Row[]),
    write: (statements) => guard(() => writeAll(db, statements)),
    close: async () => {
      db.close();
    },
  };
}

function writeAll(db: Database, statements: readonly Statement[]): void {
  // Immediate: the write lock is taken before the first read, so a busy store is waited for, not failed mid-way.
  db.transaction(() => {
    for (const { sql, params } of statements) db.prepare(sql).run(...params);
  }).immediate();
}
