import type { Database } from 'better-sqlite3';

/**
 * The store's schema, one step per version: step n takes a store from version n-1 to n. A step,
 * once released, never changes; a new need is a new step at the end. The version a store has
 * reached is kept in SQLite's own `PRAGMA user_version`.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: runs, and one result per journey per run. The whole report is kept, as JSON, for `mystery-shopper report`.
  `CREATE TABLE runs (
     run_id      TEXT PRIMARY KEY,
     started_at  TEXT NOT NULL,
     finished_at TEXT NOT NULL,
     target_id   TEXT NOT NULL,
     report      TEXT NOT NULL CHECK (json_valid(report))
   ) STRICT;
   CREATE INDEX runs_by_start ON runs (started_at);
   CREATE TABLE journey_results (
     run_id     TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
     journey_id TEXT NOT NULL,
     status     TEXT NOT NULL,
     owner      TEXT,
     findings   TEXT NOT NULL CHECK (json_valid(findings)),
     PRIMARY KEY (run_id, journey_id)
   ) STRICT;
   CREATE INDEX journey_results_by_journey ON journey_results (journey_id);`,

  // 2: what was last alerted per journey and alert channel, so that alerts go out on change only.
  `CREATE TABLE alert_state (
     journey_id TEXT NOT NULL,
     channel    TEXT NOT NULL,
     state      TEXT NOT NULL CHECK (state IN ('broken', 'degraded', 'ok')),
     changed_at TEXT NOT NULL,
     PRIMARY KEY (journey_id, channel)
   ) STRICT;`,

  // 3: verdicts that were due after the run that recorded them, as a later run resolved them.
  `CREATE TABLE verdicts (
     awaited_in  TEXT NOT NULL,
     journey_id  TEXT NOT NULL,
     scenario    TEXT NOT NULL,
     kind        TEXT NOT NULL,
     due_at      TEXT NOT NULL,
     resolved_in TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
     resolved_at TEXT NOT NULL,
     status      TEXT NOT NULL CHECK (status IN ('passed', 'broken')),
     verdict     TEXT NOT NULL CHECK (json_valid(verdict)),
     PRIMARY KEY (awaited_in, journey_id, scenario)
   ) STRICT;
   CREATE INDEX verdicts_by_run ON verdicts (resolved_in);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Marks a database as a mystery-shopper store ("MSHR"), so that another application's database is never written into. */
export const APPLICATION_ID = 0x4d534852;

/** Applies the steps a store lacks, each in a transaction of its own that also records the new version. */
export function migrate(db: Database): void {
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    // Immediate: the write lock is taken first, so two runs opening a new store at once cannot both apply a step.
    db.transaction(() => {
      if (schemaVersion(db) >= version) return;
      db.exec(sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
