import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startHttpReceiver, type HttpReceiver } from '../support/http-receiver.ts';
import { QUICK_REPORTS, ROOT, runCli, type CliRun } from '../support/run-cli.ts';

/**
 * What carries over from run to run, read from one sequence of runs of the enquiry journey on one
 * data folder (the run store): broken, broken, fixed, then `mystery-shopper report`.
 */
describe('broken, broken, fixed: what carries over between runs', () => {
  let receiver: HttpReceiver;
  let runs: { first: CliRun; second: CliRun; fixed: CliRun; rebuilt: CliRun; outputs: string };

  before(async () => {
    receiver = await startHttpReceiver();
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'history-and-alerts-'));
    const config = path.join(scratch, 'alerts.config.mts');
    await writeFile(
      config,
      `import config from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
export default { ...config, alerts: [{ name: 'incidents', kind: 'webhook', url: ${JSON.stringify(receiver.url('/hook'))} }] };
`,
    );
    // One data folder across the runs: the store, and so the history and the alert state, is what carries over.
    const env = { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, 'data') };
    const first = await runCli(['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'], env);
    const second = await runCli(['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'], env);
    const fixed = await runCli(['run', '--journey', 'enquiry-answered'], env);
    const rebuilt = await runCli(['report'], env);
    const outputs = [first, second, fixed, rebuilt].map((run, index) => `--- run ${index + 1} (exit ${run.exitCode})\n${run.output}`).join('\n');
    runs = { first, second, fixed, rebuilt, outputs };
  });
  after(() => receiver?.close());

  test('each run exits as its report says', () => {
    assert.deepEqual([runs.first.exitCode, runs.second.exitCode, runs.fixed.exitCode], [1, 1, 0], runs.outputs);
  });

  test('history survives across runs: since and streak from the store', async () => {
    const first = await runs.first.report();
    assert.equal(first.journeys[0]?.status, 'broken', runs.outputs);
    assert.deepEqual(first.journeys[0]?.history, { since: first.startedAt, streak: 1, trend: ['broken'] });
    const second = await runs.second.report();
    assert.deepEqual(second.journeys[0]?.history, { since: first.startedAt, streak: 2, trend: ['broken', 'broken'] });
    const fixed = await runs.fixed.report();
    assert.deepEqual(fixed.journeys[0]?.history, { since: fixed.startedAt, streak: 1, trend: ['broken', 'broken', 'passed'] });
  });

  test('exactly one alert and one recovery reach the webhook, and no output shows its address', () => {
    const bodies = receiver.jsonOn('/hook') as Array<Record<string, unknown>>;
    assert.equal(bodies.length, 2, JSON.stringify(bodies, null, 2));
    assert.match(JSON.stringify(bodies[0]), /broken/);
    assert.match(JSON.stringify(bodies[1]), /recovered|passed|ok/);
    assert.doesNotMatch(runs.outputs, /127\.0\.0\.1:\d+\/hook/);
  });

  test('mystery-shopper report rebuilds the latest run from the store', async () => {
    assert.equal(runs.rebuilt.exitCode, 0, runs.rebuilt.output);
    assert.equal((await runs.rebuilt.report()).runId, (await runs.fixed.report()).runId);
  });
});
