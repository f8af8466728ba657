import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { QUICK_REPORTS, ROOT, runCli } from '../support/run-cli.ts';

test('one feature with a typo in a step is left out: the other journeys run, it is needs-maintenance with file:line and did you mean', async () => {
  const features = await mkdtemp(path.join(os.tmpdir(), 'left-out-'));
  const trackDelivery = await readFile(path.join(ROOT, 'features', 'track-delivery.feature'), 'utf8');
  await writeFile(path.join(features, 'track-delivery.feature'), trackDelivery);
  const typo = trackDelivery
    .replace('@journey:track-delivery', '@journey:parcel-typo')
    .replace('Feature: Track my delivery', 'Feature: Track my parcel')
    .replace('Then the tracking page tells me', 'Then the traking page tells me');
  await writeFile(path.join(features, 'parcel-typo.feature'), typo);

  const run = await runCli(['run', '--demo'], { ...QUICK_REPORTS, MYSTERY_SHOPPER_FEATURES: features });
  assert.equal(run.exitCode, 2, `needs-maintenance is a harness matter: ${run.output}`);
  assert.match(run.output.split('\n')[0]!, /^Left out of this run \(needs maintenance\): .*parcel-typo\.feature:9: undefined step/);
  const report = await run.report();
  assert.equal(report.journeys.find((journey) => journey.id === 'track-delivery')?.status, 'passed', 'the other journey ran');
  const left = report.journeys.find((journey) => journey.id === 'parcel-typo');
  assert.equal(left?.status, 'needs-maintenance');
  assert.equal(left?.owner, 'logistics');
  const problem = left?.scenarios?.[0]?.problem ?? '';
  assert.match(problem, /parcel-typo\.feature:9: undefined step "Then the traking page/);
  assert.match(problem, /Did you mean "the tracking page tells me in plain words when my parcel arrives" \(steps\/track-delivery\.steps\.ts:\d+\)/);
});
