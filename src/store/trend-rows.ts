import type { JourneyStatus } from '../report-model/experience-report.ts';
import type { StoreDatabase } from './store-database.ts';

/** One journey's result in one run, as trends read it. */
export interface TrendRow {
  runId: string;
  startedAt: string;
  journeyId: string;
  status: JourneyStatus;
  maintenance: boolean;
}

/** A target's journey results from `from` on, oldest first: read from one index (schema version 7), never the reports. */
export async function trendRows(db: StoreDatabase, targetId: string, from: string): Promise<TrendRow[]> {
  const rows = await db.all<Omit<TrendRow, 'maintenance'> & { maintenance: number }>(
    `SELECT run_id AS "runId", started_at AS "startedAt", journey_id AS "journeyId", status, maintenance
     FROM journey_results
     WHERE target_id = ? AND started_at >= ?
     ORDER BY started_at, run_id`,
    [targetId, from],
  );
  return rows.map((row) => ({ ...row, maintenance: row.maintenance === 1 }));
}

/** The kinds of finding of a target's failing results from `from` on, oldest first (findings are only on failing runs). */
export async function failingFindings(db: StoreDatabase, targetId: string, from: string): Promise<Array<{ journeyId: string; startedAt: string; kinds: string[] }>> {
  const rows = await db.all<{ journeyId: string; startedAt: string; findings: string }>(
    `SELECT journey_id AS "journeyId", started_at AS "startedAt", findings
     FROM journey_results
     WHERE target_id = ? AND started_at >= ? AND status IN ('broken', 'degraded') AND maintenance = 0
     ORDER BY started_at, run_id`,
    [targetId, from],
  );
  return rows.map(({ findings, ...row }) => ({ ...row, kinds: [...new Set((JSON.parse(findings) as Array<{ kind: string }>).map((finding) => finding.kind))] }));
}
