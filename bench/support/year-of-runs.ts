import Database from 'better-sqlite3';
import type { Finding } from '../../src/findings/finding.ts';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';

const HOUR = 3_600_000;

/**
 * Fills a new SQLite run store with `runs` hourly runs of `journeys` journeys each, ending now:
 * reports built by the report builder itself, written in one transaction straight into the
 * store's tables (recordRun's rows, without a transaction per run). Most journeys pass all
 * along, the longest streak the history reads; one broke in the last runs and one flaps.
 */
export async function fillStoreWithHourlyRuns(file: string, runs: number, journeys: number): Promise<void> {
  await (await openSqliteRunStore(file)).close(); // creates the schema, migrations and all
  const db = new Database(file);
  try {
    const insertRun = db.prepare('INSERT INTO runs (run_id, started_at, finished_at, target_id, report) VALUES (?, ?, ?, ?, ?)');
    const insertJourney = db.prepare('INSERT INTO journey_results (run_id, journey_id, status, owner, findings) VALUES (?, ?, ?, ?, ?)');
    const first = Date.now() - runs * HOUR;
    db.transaction(() => {
      for (let index = 0; index < runs; index++) {
        const start = new Date(first + index * HOUR);
        const report = buildExperienceReport(
          { runId: `hourly-${String(index).padStart(5, '0')}`, startedAt: start.toISOString(), finishedAt: new Date(start.getTime() + 90_000).toISOString(), target: { id: 'demo', name: 'Demo Shop' }, faults: [] },
          Array.from({ length: journeys }, (_, journey) => outcome(journey, index, runs)),
        );
        insertRun.run(report.runId, report.startedAt, report.finishedAt, report.target.id, JSON.stringify(report));
        for (const journey of report.journeys) insertJourney.run(report.runId, journey.id, journey.status, journey.owner, JSON.stringify(journey.findings));
      }
    })();
  } finally {
    db.close();
  }
}

function outcome(journey: number, run: number, runs: number): ScenarioOutcome {
  const brokenNow = journey === 0 && run >= runs - 5;
  const flapping = journey === 1 && run % 100 === 0;
  const broken = brokenNow || flapping;
  return {
    journeyId: `journey-${String(journey + 1).padStart(2, '0')}`,
    journeyName: `Customer journey ${journey + 1}`,
    owner: `team-${journey % 4}`,
    severity: 'high',
    channels: ['web', 'email'],
    scenario: `Scenario ${journey + 1}`,
    status: broken ? 'broken' : 'passed',
    durationMs: 5_000 + journey * 100,
    findings: broken ? [finding(`Scenario ${journey + 1}`)] : [],
  };
}

function finding(scenario: string): Finding {
  return {
    kind: 'opt-out-ignored',
    scenario,
    customerImpact: 'I unsubscribed, yet the offers keep arriving',
    expected: 'No marketing email after the 4 s grace period',
    observed: '"This week at Demo Shop" arrived 4.4 s after I unsubscribed',
    evidence: [],
  };
}
