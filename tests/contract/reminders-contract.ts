import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideAlerts } from '../../src/alerts/decide-alerts.ts';
import type { AlertChannelInput } from '../../src/config/alert-schema.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import type { RunStore } from '../../src/store/run-store.ts';
import { withHistory } from '../../src/store/with-history.ts';
import { channelsOf } from '../support/fake-alert-history.ts';
import { runReport } from '../support/run-reports.ts';
import type { StorePlace } from './run-store-contract.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();

/** Reminders of a journey still failing, from the alert state a run store backend keeps. */
export function remindersContract(name: string, newPlace: () => Promise<StorePlace>): void {
  async function hourlyRuns(t: { after(fn: () => Promise<void>): void }, channel: AlertChannelInput, statuses: Array<'broken' | 'passed'>, beforeRun?: (store: RunStore, index: number) => Promise<void>) {
    const store = await (await newPlace()).open();
    t.after(() => store.close());
    const channels = channelsOf(channel);
    const decided: string[][] = [];
    for (const [index, status] of statuses.entries()) {
      await beforeRun?.(store, index);
      const report: ExperienceReport = await withHistory(runReport(`r${index}`, at(index), { enquiry: status }), store);
      await store.recordRun(report);
      decided.push((await decideAlerts(report, store.forTarget('demo'), channels)).map((alert) => `${alert.reminder ? 'still ' : ''}${alert.change}`));
    }
    return decided;
  }

  describe(`Reminders: ${name}`, () => {
    test('off by default: one alert, however long it stays broken', async (t) => {
      assert.deepEqual((await hourlyRuns(t, { name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' }, ['broken', 'broken', 'broken', 'broken'])).flat(), ['broken']);
    });

    test('every N runs: told again every third run while it stays broken, then the recovery', async (t) => {
      const channel = { name: 'qa', kind: 'webhook' as const, url: 'https://hooks.example/qa', remind: { everyRuns: 3 } };
      assert.deepEqual(await hourlyRuns(t, channel, ['broken', 'broken', 'broken', 'broken', 'broken', 'broken', 'broken', 'passed']), [['broken'], [], [], ['still broken'], [], [], ['still broken'], ['recovered']]);
    });

    test('every few hours, whichever comes first with every N runs', async (t) => {
      const channel = { name: 'qa', kind: 'webhook' as const, url: 'https://hooks.example/qa', remind: { every: '2h', everyRuns: 10 } };
      assert.deepEqual(await hourlyRuns(t, channel, ['broken', 'broken', 'broken', 'broken', 'broken']), [['broken'], [], ['still broken'], [], ['still broken']]);
    });

    test('an acknowledged journey is not reminded of', async (t) => {
      const channel = { name: 'qa', kind: 'webhook' as const, url: 'https://hooks.example/qa', remind: { everyRuns: 1 } };
      const ackAfterFirst = async (store: RunStore, index: number) => {
        if (index === 2) await store.forTarget('demo').acknowledge({ journeyId: 'enquiry', reason: 'known', since: at(2), kinds: ['no-answer'] });
      };
      assert.deepEqual(await hourlyRuns(t, channel, ['broken', 'broken', 'broken', 'broken'], ackAfterFirst), [['broken'], ['still broken'], [], []]);
    });
  });
}

