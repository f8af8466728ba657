import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';

test('history survives across runs: broken, then fixed, with since and streak from the store', async () => {
  const store = path.join(await mkdtemp(path.join(os.tmpdir(), 'run-history-')), 'history.sqlite');
  const env = { ...QUICK_REPORTS, MYSTERY_SHOPPER_STORE: store };

  const brokenRun = await runCli(['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'], env);
  assert.equal(brokenRun.exitCode, 1, brokenRun.output);
  const broken = (await brokenRun.report()).journeys[0]!;
  assert.equal(broken.status, 'broken');
  assert.deepEqual(broken.history, { since: (await brokenRun.report()).startedAt, streak: 1, trend: ['broken'] });

  const fixedRun = await runCli(['run', '--journey', 'enquiry-answered'], env);
  assert.equal(fixedRun.exitCode, 0, fixedRun.output);
  const fixed = await fixedRun.report();
  assert.deepEqual(fixed.journeys[0]?.history, { since: fixed.startedAt, streak: 1, trend: ['broken', 'passed'] });

  const rebuilt = await runCli(['report'], env);
  assert.equal(rebuilt.exitCode, 0, rebuilt.output);
  assert.equal((await rebuilt.report()).runId, fixed.runId);
});
