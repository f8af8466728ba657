import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openRunStore } from '../../src/store/run-store.ts';
import { ROOT, QUICK_REPORTS, runCli } from '../support/run-cli.ts';

test('a grace period longer than a run may wait leaves the journey awaiting, with the watch recorded', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-config-'));
  const config = path.join(dir, 'two-day-grace.config.mts');
  await writeFile(
    config,
    `import { defineConfig } from ${JSON.stringify(path.join(ROOT, 'src/config/define-config.ts'))};
export default defineConfig({
  defaultTarget: 'demo',
  targets: { demo: { name: 'Demo Shop', demo: true, adapter: 'demo-shop', allowHttpOnLoopback: true,
    timing: { unsubscribeGracePeriod: '2d', marketingEmailWait: '15s', maxWaitInRun: '1m' } } },
  personas: { shopper: { name: 'Sam Shopper', email: 'sam@shopper.test' } },
});
`,
  );
  const run = await runCli(['run', '--demo', '--', '--grep', 'one click'], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config });
  const report = await run.report();
  assert.equal(run.exitCode, 0, run.output);
  const [journey] = report.journeys;
  assert.equal(journey?.status, 'awaiting', run.output);
  assert.equal(report.summary.awaiting, 1);

  // The watch is in the report and in the run store, for a later run to judge.
  const [watch, ...more] = report.watches ?? [];
  assert.equal(more.length, 0);
  assert.equal(watch?.kind, 'opt-out-ignored');
  assert.equal(watch.runId, report.runId);
  const waited = Date.parse(watch.dueAt) - Date.parse(watch.details.unsubscribedAt!);
  assert.ok(waited >= 2 * 86_400_000, `due ${watch.dueAt} is not two days after ${watch.details.unsubscribedAt}`);
  const store = await openRunStore({ MYSTERY_SHOPPER_DATA_DIR: run.dataDir });
  try {
    assert.deepEqual(await store.forTarget('demo').openWatches(), [watch]);
    assert.deepEqual(await store.forTarget('demo').dueWatches(new Date()), []);
  } finally {
    await store.close();
  }
  const list = await runCli(['list'], { MYSTERY_SHOPPER_DATA_DIR: run.dataDir });
  assert.equal(list.exitCode, 0, list.output);
  assert.ok(list.output.includes(`unsubscribe (opt-out-ignored): ${watch.check} — due ${watch.dueAt} · left by run ${report.runId}`), list.output);
});
