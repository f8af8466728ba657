import type { Database } from 'better-sqlite3';
import type { ExperienceReport } from '../reports/experience-report.ts';
import type { JourneyRun } from './run-store.ts';

/** The most recently started run, as it was recorded. */
export function latestRun(db: Database): ExperienceReport | undefined {
  const report = db.prepare('SELECT report FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1').pluck().get() as string | undefined;
  return report === undefined ? undefined : (JSON.parse(report) as ExperienceReport);
}

/** A journey's results in the runs that included it, newest first. */
export function journeyRuns(db: Database, journeyId: string, limit: number): JourneyRun[] {
  return db
    .prepare(
      `SELECT runs.run_id AS runId, runs.started_at AS startedAt, journey_results.status AS status
       FROM journey_results JOIN runs USING (run_id)
       WHERE journey_results.journey_id = ?
       ORDER BY runs.started_at DESC, runs.run_id DESC
       LIMIT ?`,
    )
    .all(journeyId, limit) as JourneyRun[];
}
