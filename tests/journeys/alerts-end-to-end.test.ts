import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startHttpReceiver } from '../support/http-receiver.ts';
import { ROOT, QUICK_REPORTS, runCli } from '../support/run-cli.ts';

test('broken, broken, fixed: exactly one alert and one recovery reach the webhook, and history survives', async () => {
  const receiver = await startHttpReceiver();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'alerts-e2e-'));
  const config = path.join(scratch, 'alerts.config.mts');
  await writeFile(
    config,
    `import config from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
export default { ...config, alerts: [{ name: 'incidents', kind: 'webhook', url: ${JSON.stringify(receiver.url('/hook'))} }] };
`,
  );
  // One data folder across the runs: the store, and so the history, is what carries over.
  const env = { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, 'data') };
  try {
    const first = await runCli(['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'], env);
    const second = await runCli(['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'], env);
    const fixed = await runCli(['run', '--journey', 'enquiry-answered'], env);
    const outputs = [first, second, fixed].map((run, index) => `--- run ${index + 1} (exit ${run.exitCode})\n${run.output}`).join('\n');
    assert.deepEqual([first.exitCode, second.exitCode, fixed.exitCode], [1, 1, 0], outputs);

    const [secondJourney] = (await second.report()).journeys;
    assert.equal(secondJourney?.history?.streak, 2, JSON.stringify(secondJourney?.history));
    assert.deepEqual((await fixed.report()).journeys[0]?.history?.trend.slice(-3), ['broken', 'broken', 'passed'], outputs);

    const bodies = receiver.jsonOn('/hook') as Array<{ status?: string; journey?: { id?: string } } & Record<string, unknown>>;
    assert.equal(bodies.length, 2, JSON.stringify(bodies, null, 2));
    assert.match(JSON.stringify(bodies[0]), /broken/);
    assert.match(JSON.stringify(bodies[1]), /recovered|passed|ok/);
    assert.doesNotMatch(first.output + second.output + fixed.output, /127\.0\.0\.1:\d+\/hook/);
  } finally {
    await receiver.close();
  }
});
