import type { ExperienceReport } from '../reports/experience-report.ts';
import type { JourneyRun } from './run-store.ts';
import type { StoreDatabase } from './store-database.ts';

/** The most recently started run, as it was recorded. */
export async function latestRun(db: StoreDatabase): Promise<ExperienceReport | undefined> {
  const [row] = await db.all<{ report: string }>('SELECT report FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1');
  return row && (JSON.parse(row.report) as ExperienceReport);
}

/** A journey's results in the runs that included it, newest first. */
export function journeyRuns(db: StoreDatabase, journeyId: string, limit: number): Promise<JourneyRun[]> {
  return db.all<JourneyRun>(
    `SELECT runs.run_id AS "runId", runs.started_at AS "startedAt", journey_results.status AS status
     FROM journey_results JOIN runs USING (run_id)
     WHERE journey_results.journey_id = ?
     ORDER BY runs.started_at DESC, runs.run_id DESC
     LIMIT ?`,
    [journeyId, limit],
  );
}
