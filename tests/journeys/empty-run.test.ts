import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';

test('a run in which Playwright finds no scenario (a grep passed through to it) exits 2 and leaves the last report as it was', async () => {
  const reportsDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'empty-run-')), 'reports');
  const last = path.join(reportsDir, 'experience', 'report.json');
  await mkdir(path.dirname(last), { recursive: true });
  await writeFile(last, JSON.stringify({ runId: 'earlier-run', finishedAt: '2026-12-01T06:00:00.000Z', journeys: [] }));
  const before = await readFile(last, 'utf8');

  const run = await runCli(['run', '--demo', '--', '--grep', 'no scenario is called this'], { ...QUICK_REPORTS, MYSTERY_SHOPPER_REPORTS_DIR: reportsDir });
  assert.equal(run.exitCode, 2, run.output);
  assert.match(run.output, /^Harness error: no scenario ran in run \S+; the experience report in .* is left as it was$/m);
  assert.equal(await readFile(last, 'utf8'), before);
});
