import Database from 'better-sqlite3';
import type { Finding } from '../../src/findings/finding.ts';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { recordRun } from '../../src/store/record-run.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import type { Statement, StoreDatabase } from '../../src/store/store-database.ts';

const HOUR = 3_600_000;

/**
 * Fills a new SQLite run store with `runs` hourly runs of `journeys` journeys each, ending now:
 * reports made by the report builder, rows made by the store's own recordRun, all written in one
 * transaction (a transaction per run would take minutes). Most journeys pass all along, the
 * longest streak a history can have; one broke in the last runs and one flaps.
 */
export async function fillStoreWithHourlyRuns(file: string, runs: number, journeys: number): Promise<void> {
  await (await openSqliteRunStore(file)).close(); // creates the schema, migrations and all
  const statements: Statement[] = [];
  const collector: StoreDatabase = { location: file, all: async () => [], write: async (more) => void statements.push(...more), close: async () => undefined };
  const first = Date.now() - runs * HOUR;
  for (let index = 0; index < runs; index++) {
    const start = new Date(first + index * HOUR);
    const report = buildExperienceReport(
      { runId: `hourly-${String(index).padStart(5, '0')}`, startedAt: start.toISOString(), finishedAt: new Date(start.getTime() + 90_000).toISOString(), target: { id: 'demo', name: 'Demo Shop' }, faults: [] },
      Array.from({ length: journeys }, (_, journey) => outcome(journey, index, runs)),
    );
    await recordRun(collector, report);
  }
  const db = new Database(file);
  try {
    db.transaction(() => {
      for (const { sql, params } of statements) db.prepare(sql).run(...params);
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
