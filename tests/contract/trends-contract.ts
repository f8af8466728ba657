import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExperienceReport, JourneyStatus } from '../../src/report-model/experience-report.ts';
import { withTrends } from '../../src/reports/trends.ts';
import { withHistory } from '../../src/store/with-history.ts';
import { runReport } from '../support/run-reports.ts';
import type { StorePlace } from './run-store-contract.ts';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 2, 1, 0);
const at = (hour: number) => new Date(start + hour * HOUR).toISOString();

/** The trends a run store's history gives the report, alike from either backend. */
export function trendsContract(name: string, newPlace: () => Promise<StorePlace>): void {
  describe(`Trends: ${name}`, () => {
    test('score per day, share that worked, time to repair, per owner; runs in maintenance and other targets left out', async (t) => {
      const store = await (await newPlace()).open();
      t.after(() => store.close());
      // enquiry: broken 2 h then repaired, broken again at the end (open); unsubscribe: a maintenance run broken, else passed.
      const enquiry: JourneyStatus[] = ['passed', 'broken', 'broken', 'passed', 'passed', 'broken'];
      const unsubscribe: JourneyStatus[] = ['passed', 'passed', 'passed', 'broken', 'passed', 'passed'];
      let latest: ExperienceReport | undefined;
      for (const [hour, status] of enquiry.entries()) {
        const report = runReport(`r${hour}`, at(hour * 12), { enquiry: status, unsubscribe: unsubscribe[hour]! });
        latest = hour === 3 ? { ...report, maintenance: { window: 'deploys', until: at(40) } } : report;
        await store.recordRun(latest);
      }
      await store.recordRun({ ...runReport('other', at(1), { enquiry: 'broken' }), target: { id: 'acme', name: 'Acme' } });
      await store.recordRun(runReport('old', at(-24 * 40), { enquiry: 'broken' }));

      const report = await withTrends(await withHistory(latest!, store), store.forTarget('demo'), 30);
      const trends = report.trends!;
      assert.equal(trends.runs, 5);
      assert.equal(trends.maintenanceRuns, 1);
      assert.deepEqual(trends.score, [
        { day: '2026-03-01', score: 75, runs: 2 },
        { day: '2026-03-02', score: 50, runs: 1 },
        { day: '2026-03-03', score: 75, runs: 2 },
      ]);
      const [enquiryTrend, unsubscribeTrend] = trends.journeys;
      assert.deepEqual([enquiryTrend?.judged, enquiryTrend?.worked, enquiryTrend?.share], [5, 2, 40]);
      assert.deepEqual([unsubscribeTrend?.judged, unsubscribeTrend?.worked, unsubscribeTrend?.share], [5, 5, 100], 'its broken run fell in maintenance');
      assert.deepEqual(enquiryTrend?.repair, { repaired: 1, medianMs: 36 * HOUR, open: [{ journey: 'enquiry', since: at(60), ageMs: 0 }] }, 'broken at 12 h, passed at 48 h: the pass at 36 h fell in maintenance');
      assert.deepEqual(trends.repair, { repaired: 1, medianMs: 36 * HOUR, open: [{ journey: 'enquiry', since: at(60), ageMs: 0 }] });
      assert.deepEqual(trends.owners, [{ owner: 'customer-service', broke: 2, brokenNow: 1, medianRepairMs: 36 * HOUR }]);
      assert.deepEqual(enquiryTrend?.changes.map((change) => `${change.from}→${change.to}`), ['passed→broken', 'broken→passed', 'passed→broken']);
      assert.deepEqual(enquiryTrend?.findings, [{ kind: 'no-answer', runs: 3, first: at(12), last: at(60) }]);
      assert.deepEqual(unsubscribeTrend?.recentRuns.map((run) => `${run.runId}:${run.status}${run.maintenance ? ':maintenance' : ''}`), ['r5:passed', 'r4:passed', 'r3:broken:maintenance', 'r2:passed', 'r1:passed', 'r0:passed']);
    });
  });
}
