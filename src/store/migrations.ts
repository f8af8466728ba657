/**
 * The store's schema, one step per version, for both databases side by side so that their
 * numbering can never diverge: step n takes a store from version n-1 to n. A step, once released,
 * never changes; a new need is a new step at the end. Times are ISO 8601 text in both, so that
 * they sort and round-trip alike; PostgreSQL's text columns sort by byte (COLLATE "C"), as SQLite's do.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    // 1: runs, and one result per journey per run. The whole report is kept, as JSON, for `mystery-shopper report`.
    sqlite: `CREATE TABLE runs (
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
    postgres: `CREATE TABLE runs (
       run_id      TEXT COLLATE "C" PRIMARY KEY,
       started_at  TEXT COLLATE "C" NOT NULL,
       finished_at TEXT COLLATE "C" NOT NULL,
       target_id   TEXT NOT NULL,
       report      JSON NOT NULL
     );
     CREATE INDEX runs_by_start ON runs (started_at);
     CREATE TABLE journey_results (
       run_id     TEXT COLLATE "C" NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
       journey_id TEXT COLLATE "C" NOT NULL,
       status     TEXT NOT NULL,
       owner      TEXT,
       findings   JSON NOT NULL,
       PRIMARY KEY (run_id, journey_id)
     );
     CREATE INDEX journey_results_by_journey ON journey_results (journey_id);`,
  },
  {
    // 2: what was last alerted per journey and alert channel, so that alerts go out on change only.
    sqlite: `CREATE TABLE alert_state (
       journey_id TEXT NOT NULL,
       channel    TEXT NOT NULL,
       state      TEXT NOT NULL CHECK (state IN ('broken', 'degraded', 'ok')),
       changed_at TEXT NOT NULL,
       PRIMARY KEY (journey_id, channel)
     ) STRICT;`,
    postgres: `CREATE TABLE alert_state (
       journey_id TEXT COLLATE "C" NOT NULL,
       channel    TEXT COLLATE "C" NOT NULL,
       state      TEXT NOT NULL CHECK (state IN ('broken', 'degraded', 'ok')),
       changed_at TEXT COLLATE "C" NOT NULL,
       PRIMARY KEY (journey_id, channel)
     );`,
  },
  {
    // 3: the watches (checks due after the run that recorded them) as a later run judged them.
    sqlite: `CREATE TABLE verdicts (
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
    postgres: `CREATE TABLE verdicts (
       awaited_in  TEXT COLLATE "C" NOT NULL,
       journey_id  TEXT COLLATE "C" NOT NULL,
       scenario    TEXT COLLATE "C" NOT NULL,
       kind        TEXT COLLATE "C" NOT NULL,
       due_at      TEXT COLLATE "C" NOT NULL,
       resolved_in TEXT COLLATE "C" NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
       resolved_at TEXT COLLATE "C" NOT NULL,
       status      TEXT NOT NULL CHECK (status IN ('passed', 'broken')),
       verdict     JSON NOT NULL,
       PRIMARY KEY (awaited_in, journey_id, scenario)
     );
     CREATE INDEX verdicts_by_run ON verdicts (resolved_in);`,
  },
  {
    // 4: the checks a run leaves for later runs (watches). One scenario can leave several kinds of
    // watch (an enquiry: an acknowledgement and an answer), so a judged watch is now one per kind too.
    sqlite: `CREATE TABLE verdicts_by_kind (
       awaited_in  TEXT NOT NULL,
       journey_id  TEXT NOT NULL,
       scenario    TEXT NOT NULL,
       kind        TEXT NOT NULL,
       due_at      TEXT NOT NULL,
       resolved_in TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
       resolved_at TEXT NOT NULL,
       status      TEXT NOT NULL CHECK (status IN ('passed', 'broken')),
       verdict     TEXT NOT NULL CHECK (json_valid(verdict)),
       PRIMARY KEY (awaited_in, journey_id, scenario, kind)
     ) STRICT;
     INSERT INTO verdicts_by_kind SELECT awaited_in, journey_id, scenario, kind, due_at, resolved_in, resolved_at, status, verdict FROM verdicts;
     DROP TABLE verdicts;
     ALTER TABLE verdicts_by_kind RENAME TO verdicts;
     CREATE INDEX verdicts_by_run ON verdicts (resolved_in);
     CREATE TABLE watches (
       run_id     TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
       journey_id TEXT NOT NULL,
       scenario   TEXT NOT NULL,
       kind       TEXT NOT NULL,
       due_at     TEXT NOT NULL,
       watch      TEXT NOT NULL CHECK (json_valid(watch)),
       PRIMARY KEY (run_id, journey_id, scenario, kind)
     ) STRICT;
     CREATE INDEX watches_by_due ON watches (due_at);`,
    postgres: `ALTER TABLE verdicts DROP CONSTRAINT verdicts_pkey;
     ALTER TABLE verdicts ADD PRIMARY KEY (awaited_in, journey_id, scenario, kind);
     CREATE TABLE watches (
       run_id     TEXT COLLATE "C" NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
       journey_id TEXT COLLATE "C" NOT NULL,
       scenario   TEXT COLLATE "C" NOT NULL,
       kind       TEXT COLLATE "C" NOT NULL,
       due_at     TEXT COLLATE "C" NOT NULL,
       watch      JSON NOT NULL,
       PRIMARY KEY (run_id, journey_id, scenario, kind)
     );
     CREATE INDEX watches_by_due ON watches (due_at);`,
  },
  {
    // 5: a journey's results carry their run's start, in an index that holds all a journey's
    // history needs, so that reading it (since when, the streak) never touches the runs' reports:
    // a year of hourly runs took seconds to read through the join, and takes milliseconds this way.
    // The latest run is found by an index on its whole order (start, then id), not a scan of every report.
    sqlite: `ALTER TABLE journey_results ADD COLUMN started_at TEXT;
     UPDATE journey_results SET started_at = (SELECT runs.started_at FROM runs WHERE runs.run_id = journey_results.run_id);
     CREATE INDEX journey_results_history ON journey_results (journey_id, started_at, run_id, status);
     DROP INDEX runs_by_start;
     CREATE INDEX runs_by_start_and_id ON runs (started_at, run_id);`,
    postgres: `ALTER TABLE journey_results ADD COLUMN started_at TEXT COLLATE "C";
     UPDATE journey_results SET started_at = runs.started_at FROM runs WHERE runs.run_id = journey_results.run_id;
     CREATE INDEX journey_results_history ON journey_results (journey_id, started_at, run_id, status);
     DROP INDEX runs_by_start;
     CREATE INDEX runs_by_start_and_id ON runs (started_at, run_id);`,
  },
  {
    // 6: history, streaks, trends, watches and alert state are each a target's own, so that a run
    // against one company (the demo's fault runs above all) never shows in another's. Existing rows
    // belong to the target their run recorded; an alert state, which has no run, to the target of the
    // latest run of its journey up to its change (else of the latest run; else none: "").
    sqlite: `ALTER TABLE journey_results ADD COLUMN target_id TEXT NOT NULL DEFAULT '';
     UPDATE journey_results SET target_id = (SELECT runs.target_id FROM runs WHERE runs.run_id = journey_results.run_id);
     DROP INDEX journey_results_history;
     CREATE INDEX journey_results_history ON journey_results (target_id, journey_id, started_at, run_id, status);
     ALTER TABLE watches ADD COLUMN target_id TEXT NOT NULL DEFAULT '';
     UPDATE watches SET target_id = (SELECT runs.target_id FROM runs WHERE runs.run_id = watches.run_id);
     DROP INDEX watches_by_due;
     CREATE INDEX watches_by_due ON watches (target_id, due_at);
     CREATE TABLE alert_state_by_target (
       target_id  TEXT NOT NULL,
       journey_id TEXT NOT NULL,
       channel    TEXT NOT NULL,
       state      TEXT NOT NULL CHECK (state IN ('broken', 'degraded', 'ok')),
       changed_at TEXT NOT NULL,
       PRIMARY KEY (target_id, journey_id, channel)
     ) STRICT;
     INSERT INTO alert_state_by_target
       SELECT COALESCE(
           (SELECT runs.target_id FROM journey_results JOIN runs USING (run_id)
            WHERE journey_results.journey_id = alert_state.journey_id AND runs.started_at <= alert_state.changed_at
            ORDER BY runs.started_at DESC, runs.run_id DESC LIMIT 1),
           (SELECT target_id FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1),
           ''),
         journey_id, channel, state, changed_at
       FROM alert_state;
     DROP TABLE alert_state;
     ALTER TABLE alert_state_by_target RENAME TO alert_state;`,
    postgres: `ALTER TABLE journey_results ADD COLUMN target_id TEXT COLLATE "C" NOT NULL DEFAULT '';
     UPDATE journey_results SET target_id = runs.target_id FROM runs WHERE runs.run_id = journey_results.run_id;
     DROP INDEX journey_results_history;
     CREATE INDEX journey_results_history ON journey_results (target_id, journey_id, started_at, run_id, status);
     ALTER TABLE watches ADD COLUMN target_id TEXT COLLATE "C" NOT NULL DEFAULT '';
     UPDATE watches SET target_id = runs.target_id FROM runs WHERE runs.run_id = watches.run_id;
     DROP INDEX watches_by_due;
     CREATE INDEX watches_by_due ON watches (target_id, due_at);
     ALTER TABLE alert_state ADD COLUMN target_id TEXT COLLATE "C" NOT NULL DEFAULT '';
     UPDATE alert_state SET target_id = COALESCE(
         (SELECT runs.target_id FROM journey_results JOIN runs USING (run_id)
          WHERE journey_results.journey_id = alert_state.journey_id AND runs.started_at <= alert_state.changed_at
          ORDER BY runs.started_at DESC, runs.run_id DESC LIMIT 1),
         (SELECT target_id FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1),
         '');
     ALTER TABLE alert_state DROP CONSTRAINT alert_state_pkey;
     ALTER TABLE alert_state ADD PRIMARY KEY (target_id, journey_id, channel);`,
  },
  {
    // 7: known issues (`mystery-shopper ack`), one per journey of a target; runs in a maintenance
    // window, marked on their journeys' results so that trends leave them out; and those results by
    // target and time, so that a target's trends over a period are read from one index.
    sqlite: `CREATE TABLE acknowledgements (
       target_id  TEXT NOT NULL,
       journey_id TEXT NOT NULL,
       reason     TEXT NOT NULL,
       ticket     TEXT,
       since      TEXT NOT NULL,
       expires_at TEXT,
       kinds      TEXT NOT NULL CHECK (json_valid(kinds)),
       PRIMARY KEY (target_id, journey_id)
     ) STRICT;
     ALTER TABLE journey_results ADD COLUMN maintenance INTEGER NOT NULL DEFAULT 0;
     CREATE INDEX journey_results_by_time ON journey_results (target_id, started_at, run_id, journey_id, status, maintenance);`,
    postgres: `CREATE TABLE acknowledgements (
       target_id  TEXT COLLATE "C" NOT NULL,
       journey_id TEXT COLLATE "C" NOT NULL,
       reason     TEXT NOT NULL,
       ticket     TEXT,
       since      TEXT COLLATE "C" NOT NULL,
       expires_at TEXT COLLATE "C",
       kinds      JSON NOT NULL,
       PRIMARY KEY (target_id, journey_id)
     );
     ALTER TABLE journey_results ADD COLUMN maintenance INTEGER NOT NULL DEFAULT 0;
     CREATE INDEX journey_results_by_time ON journey_results (target_id, started_at, run_id, journey_id, status, maintenance);`,
  },
];

export interface MigrationStep {
  sqlite: string;
  postgres: string;
}

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Marks a database as a mystery-shopper store ("MSHR"), so that another application's database is never written into. */
export const APPLICATION_ID = 0x4d534852;
