import type { Database } from 'better-sqlite3';
import type { ExperienceReport } from '../reports/experience-report.ts';

/** Records a run, its journeys and the verdicts it resolved, in one transaction; a run recorded again is replaced. */
export function recordRun(db: Database, report: ExperienceReport): void {
  const insertRun = db.prepare('INSERT INTO runs (run_id, started_at, finished_at, target_id, report) VALUES (?, ?, ?, ?, ?)');
  const insertJourney = db.prepare('INSERT INTO journey_results (run_id, journey_id, status, owner, findings) VALUES (?, ?, ?, ?, ?)');
  const insertVerdict = db.prepare(
    `INSERT OR REPLACE INTO verdicts (awaited_in, journey_id, scenario, kind, due_at, resolved_in, resolved_at, status, verdict)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    // Its journey results and verdicts go with it (ON DELETE CASCADE).
    db.prepare('DELETE FROM runs WHERE run_id = ?').run(report.runId);
    insertRun.run(report.runId, report.startedAt, report.finishedAt, report.target.id, JSON.stringify(report));
    for (const journey of report.journeys) {
      insertJourney.run(report.runId, journey.id, journey.status, journey.owner, JSON.stringify(journey.findings));
    }
    for (const verdict of report.resolvedVerdicts ?? []) {
      insertVerdict.run(
        verdict.runId,
        verdict.journey,
        verdict.scenario,
        verdict.kind,
        verdict.dueAt,
        report.runId,
        verdict.resolvedAt,
        verdict.status,
        JSON.stringify(verdict),
      );
    }
  }).immediate();
}
