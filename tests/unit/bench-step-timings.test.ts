import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readStepTimings } from '../../bench/support/step-timings.ts';

test('step timings: the Gherkin steps (a Background\'s too) per worker; hooks and fixtures are not counted', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'allure-results-'));
  const step = (name: string, start: number, stop: number, steps: unknown[] = []) => ({ name, start, stop, steps });
  const result = (worker: string, start: number, stop: number, steps: unknown[]) => ({ labels: [{ name: 'thread', value: worker }], start, stop, steps });
  await writeFile(
    path.join(dir, 'a-result.json'),
    JSON.stringify(
      result('pid-1-worker-0', 1000, 1400, [
        step('Before Hooks', 1000, 1150, [step('Fixture "page"', 1000, 1050), step('Background', 1050, 1150, [step('Given I have subscribed', 1050, 1150)])]),
        step('When I unsubscribe', 1150, 1350, [step('one-click request', 1160, 1200)]),
        step('After Hooks', 1350, 1400),
      ]),
    ),
  );
  await writeFile(path.join(dir, 'b-result.json'), JSON.stringify(result('pid-1-worker-1', 900, 1600, [step('Then it arrives', 950, 1550)])));
  await writeFile(path.join(dir, 'c-attachment.json'), '{}');

  const timings = await readStepTimings(dir);
  assert.equal(timings.scenarios, 2);
  assert.deepEqual(Object.fromEntries(timings.perWorkerMs), { 'pid-1-worker-0': 300, 'pid-1-worker-1': 600 });
  assert.equal(timings.totalMs, 900);
  assert.equal(timings.busiestWorkerMs, 600);
  assert.equal(timings.firstStart, 900);
  assert.equal(timings.lastStop, 1600);
});
