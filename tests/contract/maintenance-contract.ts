import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideAlerts } from '../../src/alerts/decide-alerts.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { withHistory } from '../../src/store/with-history.ts';
import { channelsOf } from '../support/fake-alert-history.ts';
import { runReport } from '../support/run-reports.ts';
import type { StorePlace } from './run-store-contract.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();
const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });
const inMaintenance = (report: ExperienceReport): ExperienceReport => ({ ...report, maintenance: { window: 'Sunday deploys', until: at(4) } });

/** Runs in a maintenance window, as a run store backend keeps them. */
export function maintenanceContract(name: string, newPlace: () => Promise<StorePlace>): void {
  describe(`Maintenance windows: ${name}`, () => {
    test('a run in maintenance is recorded and marked so, and alerts no one', async (t) => {
      const place = await newPlace();
      const store = await place.open();
      t.after(() => store.close());
      const alertsOf = async (report: ExperienceReport) => {
        const withJourneyHistory = await withHistory(report, store);
        await store.recordRun(withJourneyHistory);
        return (await decideAlerts(withJourneyHistory, store.forTarget('demo'), channels)).map((alert) => alert.change);
      };
      assert.deepEqual(await alertsOf(inMaintenance(runReport('r1', at(2), { enquiry: 'broken' }))), []);
      assert.deepEqual((await store.latestRun())?.maintenance, { window: 'Sunday deploys', until: at(4) });
      assert.deepEqual(await place.rows('SELECT run_id, maintenance FROM journey_results ORDER BY run_id'), [{ run_id: 'r1', maintenance: 1 }]);
      assert.deepEqual(await alertsOf(runReport('r2', at(5), { enquiry: 'broken' })), ['broken'], 'still broken after the window: news');
      assert.deepEqual(await alertsOf(inMaintenance(runReport('r3', at(6), { enquiry: 'passed' }))), [], 'nor a recovery within a window');
    });
  });
}
