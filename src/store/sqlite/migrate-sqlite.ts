import type { Database } from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS } from '../migrations.ts';

/**
 * Applies the steps a store lacks, each in a transaction of its own that also records the new
 * version in SQLite's own `PRAGMA user_version`.
 */
export function migrateSqlite(db: Database): void {
  for (const [index, step] of MIGRATIONS.entries()) {
    const version = index + 1;
    // Immediate: the write lock is taken first, so two runs opening a new store at once cannot both apply a step.
    db.transaction(() => {
      if (sqliteSchemaVersion(db) >= version) return;
      db.exec(step.sqlite);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}

export function sqliteSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
