import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { JourneyRun, JourneyStreak } from './journey-runs.ts';
import type { StoreDatabase } from './store-database.ts';

/** The most recently started run, as it was recorded. */
export async function latestRun(db: StoreDatabase): Promise<ExperienceReport | undefined> {
  const [row] = await db.all<{ report: string }>('SELECT report FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1');
  return row && (JSON.parse(row.report) as ExperienceReport);
}

/** A journey's results in the runs that included it, newest first. */
export async function journeyRuns(db: StoreDatabase, targetId: string, journeyId: string, limit: number): Promise<JourneyRun[]> {
  const rows = await db.all<Omit<JourneyRun, 'maintenance'> & { maintenance: number }>(
    // Found by the journey_results_history index (schema version 6); the few rows then read for their maintenance mark.
    `SELECT run_id AS "runId", started_at AS "startedAt", status, maintenance
     FROM journey_results
     WHERE target_id = ? AND journey_id = ?
     ORDER BY started_at DESC, run_id DESC
     LIMIT ?`,
    [targetId, journeyId, limit],
  );
  return rows.map(({ maintenance, ...run }) => (maintenance === 1 ? { ...run, maintenance: true as const } : run));
}

/**
 * How many of a journey's recorded runs in a row, newest first, had `status`, and when the first
 * of them started; `excludeRunId` (the run being reported) is left out. Two index-only queries,
 * however long the streak: the latest run that broke it, then the runs after that one.
 */
export async function journeyStreak(db: StoreDatabase, targetId: string, journeyId: string, status: string, excludeRunId: string): Promise<JourneyStreak> {
  const [breaker] = await db.all<{ startedAt: string; runId: string }>(
    `SELECT started_at AS "startedAt", run_id AS "runId"
     FROM journey_results
     WHERE target_id = ? AND journey_id = ? AND status <> ? AND run_id <> ?
     ORDER BY started_at DESC, run_id DESC
     LIMIT 1`,
    [targetId, journeyId, status, excludeRunId],
  );
  const [streak] = await db.all<{ runs: number | string; since: string | null }>(
    `SELECT COUNT(*) AS runs, MIN(started_at) AS since
     FROM journey_results
     WHERE target_id = ? AND journey_id = ? AND run_id <> ?${breaker ? ' AND (started_at > ? OR (started_at = ? AND run_id > ?))' : ''}`,
    [targetId, journeyId, excludeRunId, ...(breaker ? [breaker.startedAt, breaker.startedAt, breaker.runId] : [])],
  );
  // PostgreSQL counts in bigint, which pg hands over as text.
  return { runs: Number(streak?.runs ?? 0), since: streak?.since ?? undefined };
}

/** A journey's latest recorded result, with the kinds of its findings (what `ack` acknowledges). */
export async function latestResult(db: StoreDatabase, targetId: string, journeyId: string): Promise<(JourneyRun & { kinds: string[] }) | undefined> {
  const [row] = await db.all<JourneyRun & { findings: string }>(
    `SELECT run_id AS "runId", started_at AS "startedAt", status, findings
     FROM journey_results
     WHERE target_id = ? AND journey_id = ?
     ORDER BY started_at DESC, run_id DESC
     LIMIT 1`,
    [targetId, journeyId],
  );
  if (!row) return undefined;
  const { findings, ...run } = row;
  return { ...run, kinds: [...new Set((JSON.parse(findings) as Array<{ kind: string }>).map((finding) => finding.kind))] };
}
