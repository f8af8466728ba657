import type { Watch, JudgedWatch } from '../findings/watches.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { Statement, StoreDatabase } from './store-database.ts';

/**
 * Records a run, its journeys, the watches it left and the watches it judged, in one
 * transaction. A run recorded again is replaced: its journey results, watches and judgements go
 * with it (ON DELETE CASCADE). A watch judged twice (two runs raced) keeps its first judgement.
 * A journey that passed ends its acknowledgement: the known issue is repaired, and the next failure is news.
 */
export function recordRun(db: StoreDatabase, report: ExperienceReport): Promise<void> {
  return db.write([
    { sql: 'DELETE FROM runs WHERE run_id = ?', params: [report.runId] },
    {
      sql: 'INSERT INTO runs (run_id, started_at, finished_at, target_id, report) VALUES (?, ?, ?, ?, ?)',
      params: [report.runId, report.startedAt, report.finishedAt, report.target.id, JSON.stringify(report)],
    },
    ...report.journeys.map((journey) => ({
      sql: 'INSERT INTO journey_results (run_id, journey_id, status, owner, findings, started_at, target_id, maintenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      params: [report.runId, journey.id, journey.status, journey.owner ?? null, JSON.stringify(journey.findings), report.startedAt, report.target.id, report.maintenance ? 1 : 0],
    })),
    ...(report.watches ?? []).map((watch) => insertWatch(report.runId, report.target.id, watch)),
    ...(report.resolvedVerdicts ?? []).map((watch) => insertJudgedWatch(report.runId, watch)),
    ...report.journeys
      .filter((journey) => journey.status === 'passed')
      .map((journey) => ({ sql: 'DELETE FROM acknowledgements WHERE target_id = ? AND journey_id = ?', params: [report.target.id, journey.id] })),
  ]);
}

/** The run is the one recording it, whatever the watch says, so that replacing the run takes the watch along. */
function insertWatch(runId: string, targetId: string, watch: Watch): Statement {
  return {
    sql: `INSERT INTO watches (run_id, journey_id, scenario, kind, due_at, watch, target_id) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT DO NOTHING`,
    params: [runId, watch.journey, watch.scenario, watch.kind, isoTime(watch.dueAt), JSON.stringify(watch), targetId],
  };
}

/** Into the `verdicts` table (its name since version 3 of the store), the watch as judged in its `verdict` column. */
function insertJudgedWatch(resolvedIn: string, watch: JudgedWatch): Statement {
  return {
    sql: `INSERT INTO verdicts (awaited_in, journey_id, scenario, kind, due_at, resolved_in, resolved_at, status, verdict)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT DO NOTHING`,
    params: [watch.runId, watch.journey, watch.scenario, watch.kind, isoTime(watch.dueAt), resolvedIn, watch.resolvedAt, watch.status, JSON.stringify(watch)],
  };
}

/** One form (UTC, milliseconds, Z) for every stored time, so that comparing the text compares the times. */
export function isoTime(time: string | Date): string {
  return new Date(time).toISOString();
}
