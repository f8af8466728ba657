import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideAlerts } from '../../src/alerts/decide-alerts.ts';
import type { JourneyStatus } from '../../src/report-model/experience-report.ts';
import { channelsOf, FakeHistory, IMPACT, reportOf } from '../support/fake-alert-history.ts';

test('broken, broken, fixed: exactly one alert and one recovery', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });
  assert.deepEqual(await shop.runAll(['broken', 'broken', 'passed', 'passed'], channels), [['qa:broken'], [], ['qa:recovered'], []]);
});

test('the alert tells what broke, for whom, and since when', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'slack', url: 'https://hooks.slack.example/x', when: { failing: 2, ofLast: 3 } });
  await decideAlerts(shop.nextRun('broken'), shop, channels);
  const [alert] = await decideAlerts(shop.nextRun('broken'), shop, channels);
  assert.equal(alert?.change, 'broken');
  assert.equal(alert.was, 'ok');
  assert.equal(alert.since, shop.startedAt(1));
  assert.equal(alert.at, shop.startedAt(2));
  assert.deepEqual(alert.failing, { runs: 2, ofLast: 2 });
  assert.deepEqual(alert.journey, { id: 'unsubscribe', name: 'Unsubscribe from marketing email', owner: 'marketing', status: 'broken', findings: [{ kind: 'opt-out-ignored', customerImpact: IMPACT }] });
  assert.deepEqual(alert.target, { id: 'demo', name: 'Demo Shop' });
});

test('flapping with failing 2 of the last 3: one alert, no page on every flip, one recovery once it holds', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa', when: { failing: 2, ofLast: 3 } });
  const flapping: JourneyStatus[] = ['passed', 'broken', 'passed', 'broken', 'passed', 'broken', 'passed', 'broken', 'passed', 'passed', 'passed'];
  assert.deepEqual(await shop.runAll(flapping, channels), [[], [], [], ['qa:broken'], [], [], [], [], [], [], ['qa:recovered']]);
});

test('a failure now and then, fewer than n of the last N, pages no one', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa', when: { failing: 2, ofLast: 3 } });
  const blips: JourneyStatus[] = ['passed', 'broken', 'passed', 'passed', 'broken', 'passed', 'passed', 'passed', 'broken'];
  assert.deepEqual((await shop.runAll(blips, channels)).flat(), []);
});

test('awaiting, not-run and needs-maintenance neither fail a journey nor prove it fixed', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });
  const statuses: JourneyStatus[] = ['needs-maintenance', 'awaiting', 'not-run', 'broken', 'not-run', 'needs-maintenance', 'awaiting', 'passed'];
  assert.deepEqual(await shop.runAll(statuses, channels), [[], [], [], ['qa:broken'], [], [], [], ['qa:recovered']]);
});

test('flags that are off suppress their alerts; a recovery nobody hears of still ends the outage', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa', on: { broken: true, degraded: false, recovered: false } });
  assert.deepEqual(await shop.runAll(['degraded', 'passed', 'broken', 'degraded', 'passed', 'broken'], channels), [[], [], ['qa:broken'], [], [], ['qa:broken']]);
  assert.equal(await shop.alertState('unsubscribe', 'qa'), 'broken');
});

test('degraded is its own change, when the channel wants it', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'perf', kind: 'webhook', url: 'https://hooks.example/perf', on: { degraded: true } });
  assert.deepEqual(await shop.runAll(['degraded', 'degraded', 'broken', 'degraded', 'passed'], channels), [['perf:degraded'], [], ['perf:broken'], ['perf:degraded'], ['perf:recovered']]);
});

test('a journey is degraded, not broken, when fewer than n of its failing runs were broken', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa', on: { degraded: true }, when: { failing: 2, ofLast: 3 } });
  assert.deepEqual(await shop.runAll(['broken', 'degraded', 'broken'], channels), [[], ['qa:degraded'], ['qa:broken']]);
});

test('two channels keep separate state', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf(
    { name: 'qa', kind: 'slack', url: 'https://hooks.slack.example/qa' },
    { name: 'cio', kind: 'email', from: 'shopper@acme.example', to: ['cio@acme.example'], smtp: { host: 'smtp.acme.example' }, when: { failing: 3 } },
  );
  assert.deepEqual(await shop.runAll(['broken', 'passed', 'broken', 'broken', 'broken', 'passed', 'passed', 'passed'], channels), [
    ['qa:broken'],
    ['qa:recovered'],
    ['qa:broken'],
    [],
    ['cio:broken'],
    ['qa:recovered'],
    [],
    ['cio:recovered'],
  ]);
  assert.equal(await shop.alertState('unsubscribe', 'qa'), 'ok');
});

test('journeys are judged each on their own, and a run without alert channels decides nothing', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });
  const report = reportOf('r1', '2026-11-22T08:00:00.000Z', [['unsubscribe', 'broken'], ['rent-car', 'passed'], ['pay-and-get-ticket', 'broken']]);
  shop.record(report);
  assert.deepEqual((await decideAlerts(report, shop, channels)).map((alert) => alert.journey.id), ['unsubscribe', 'pay-and-get-ticket']);
  assert.deepEqual((await decideAlerts(reportOf('r2', '2026-11-22T09:00:00.000Z', [['unsubscribe', 'broken']]), shop, [])), []);
});

test('this run counts even when the store has not recorded it yet', async () => {
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' });
  const report = reportOf('r1', '2026-11-22T08:00:00.000Z', [['unsubscribe', 'broken']]);
  assert.deepEqual((await decideAlerts(report, shop, channels)).map((alert) => alert.change), ['broken']);
});
