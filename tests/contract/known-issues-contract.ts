import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideAlerts } from '../../src/alerts/decide-alerts.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import type { RunStore } from '../../src/store/run-store.ts';
import { withHistory } from '../../src/store/with-history.ts';
import { channelsOf } from '../support/fake-alert-history.ts';
import { runReport } from '../support/run-reports.ts';
import type { StorePlace } from './run-store-contract.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();
const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });

/** A run as the end of a run handles it: history added, recorded, then the alerts it calls for, as "channel:change". */
async function run(store: RunStore, report: ExperienceReport): Promise<{ report: ExperienceReport; alerts: string[] }> {
  const withJourneyHistory = await withHistory(report, store);
  await store.recordRun(withJourneyHistory);
  const alerts = await decideAlerts(withJourneyHistory, store.forTarget(report.target.id), channels);
  return { report: withJourneyHistory, alerts: alerts.map((alert) => `${alert.channel.name}:${alert.change}`) };
}

/** A broken enquiry whose finding is of another kind than runReport's no-answer. */
function withOtherKind(report: ExperienceReport): ExperienceReport {
  const [journey] = report.journeys;
  return { ...report, journeys: [{ ...journey!, findings: [...journey!.findings, { ...journey!.findings[0]!, kind: 'no-acknowledgement', customerImpact: 'No one confirms my question' }] }] };
}

/** Known issues (`mystery-shopper ack`) kept by a run store backend, and what they do to the report and the alerts. */
export function knownIssuesContract(name: string, newPlace: () => Promise<StorePlace>): void {
  async function freshStore(t: { after(fn: () => Promise<void>): void }): Promise<RunStore> {
    const store = await (await newPlace()).open();
    t.after(() => store.close());
    return store;
  }
  const ack = { journeyId: 'enquiry', reason: 'Mail relay being replaced', ticket: 'https://tracker.example/OPS-12', since: at(1), kinds: ['no-answer'] };

  describe(`Known issues: ${name}`, () => {
    test('an acknowledgement is kept per target, replaced when given again, and removed', async (t) => {
      const store = await freshStore(t);
      await store.forTarget('demo').acknowledge(ack);
      await store.forTarget('demo').acknowledge({ ...ack, reason: 'Relay replaced on Friday', until: '2026-03-09T00:00:00+01:00' });
      assert.deepEqual(await store.forTarget('demo').acknowledgements(), [{ ...ack, reason: 'Relay replaced on Friday', until: '2026-03-08T23:00:00.000Z' }]);
      assert.deepEqual(await store.forTarget('acme').acknowledgements(), [], 'another target has its own');
      assert.equal(await store.forTarget('acme').removeAcknowledgement('enquiry'), false);
      assert.equal(await store.forTarget('demo').removeAcknowledgement('enquiry'), true);
      assert.deepEqual(await store.forTarget('demo').acknowledgements(), []);
    });

    test('a known issue stays broken in the report, marked known, and alerts stay quiet until a new kind of finding', async (t) => {
      const store = await freshStore(t);
      assert.deepEqual((await run(store, runReport('r0', at(0), { enquiry: 'broken' }))).alerts, ['qa:broken']);
      await store.forTarget('demo').acknowledge(ack);
      const known = await run(store, runReport('r1', at(2), { enquiry: 'broken' }));
      assert.equal(known.report.journeys[0]?.status, 'broken');
      assert.deepEqual(known.report.journeys[0]?.known, { reason: ack.reason, ticket: ack.ticket, since: ack.since });
      assert.equal(known.report.summary.broken, 1, 'still counted broken');
      const newKind = await run(store, withOtherKind(runReport('r2', at(3), { enquiry: 'broken' })));
      assert.equal(newKind.report.journeys[0]?.known, undefined, 'a new kind of finding is news');
    });

    test('alerts stay quiet for an acknowledged journey until a new kind of finding appears', async (t) => {
      const store = await freshStore(t);
      await store.recordRun(runReport('r0', at(0), { enquiry: 'passed' }));
      await store.forTarget('demo').acknowledge(ack);
      assert.deepEqual((await run(store, runReport('r1', at(2), { enquiry: 'broken' }))).alerts, [], 'acknowledged before the alert went out');
      assert.deepEqual((await run(store, runReport('r2', at(3), { enquiry: 'broken' }))).alerts, []);
      assert.deepEqual((await run(store, withOtherKind(runReport('r3', at(4), { enquiry: 'broken' })))).alerts, ['qa:broken']);
    });

    test('an acknowledgement ends when it expires, and when its journey recovers', async (t) => {
      const store = await freshStore(t);
      await store.forTarget('demo').acknowledge({ ...ack, until: at(5) });
      assert.deepEqual((await run(store, runReport('r1', at(2), { enquiry: 'broken' }))).alerts, []);
      assert.deepEqual((await run(store, runReport('r2', at(5), { enquiry: 'broken' }))).alerts, ['qa:broken'], 'expired at the run');

      await store.forTarget('demo').acknowledge({ ...ack, since: at(6) });
      assert.deepEqual((await run(store, runReport('r3', at(6), { enquiry: 'broken' }))).alerts, []);
      assert.deepEqual((await run(store, runReport('r4', at(7), { enquiry: 'passed' }))).alerts, ['qa:recovered'], 'the recovery of what was alerted before the acknowledgement');
      assert.deepEqual(await store.forTarget('demo').acknowledgements(), [], 'repaired: the acknowledgement ends');
      assert.deepEqual((await run(store, runReport('r5', at(8), { enquiry: 'broken' }))).alerts, ['qa:broken'], 'the next failure is news');
    });
  });
}
