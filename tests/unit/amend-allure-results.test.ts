import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { failAllureResults, failedScenarioOf } from '../../src/reports/amend-allure-results.ts';

/*
 * A scenario judged broken at the end of the run was written passed by allure-playwright: its
 * result is failed before Allure's HTML is made, and nothing else is touched.
 */

const UNSUBSCRIBE = '.features-gen/features/unsubscribe.feature.spec.js › Unsubscribe › One click';

test('the last attempt of a scenario failed at the end of the run is failed, with the message', async () => {
  const dir = await results([
    { file: 'a-result.json', fullName: UNSUBSCRIBE, status: 'failed', stop: 1 },
    { file: 'b-result.json', fullName: UNSUBSCRIBE, status: 'passed', stop: 2 },
    { file: 'c-result.json', fullName: 'other › Passing', status: 'passed', stop: 3 },
    { file: 'd-container.json', fullName: UNSUBSCRIBE, status: 'passed', stop: 4 },
  ]);

  assert.equal(await failAllureResults(dir, [{ fullName: UNSUBSCRIBE, message: 'still mailed after unsubscribing' }]), 1);

  const after = await read(dir);
  assert.equal(after('b-result.json').status, 'failed');
  assert.equal((after('b-result.json').statusDetails as { message: string }).message, 'still mailed after unsubscribing');
  assert.equal(after('a-result.json').status, 'failed', 'the earlier attempt keeps its own verdict');
  assert.equal(after('c-result.json').status, 'passed', 'a scenario Playwright passed stays passed');
  assert.equal(after('d-container.json').status, 'passed', 'only result files are read');
});

test('a result already failed is left as it is, and no failure touches nothing', async () => {
  const dir = await results([{ file: 'a-result.json', fullName: UNSUBSCRIBE, status: 'broken', stop: 1, statusDetails: { message: 'timeout' } }]);
  assert.equal(await failAllureResults(dir, []), 0);
  assert.equal(await failAllureResults(dir, [{ fullName: UNSUBSCRIBE, message: 'later' }]), 0);
  assert.deepEqual((await read(dir))('a-result.json').statusDetails, { message: 'timeout' });
});

test('a failed scenario is named as allure-playwright names it: the file from the root, then the titles below it', () => {
  const root = path.join(os.tmpdir(), 'project');
  const scenario = {
    location: { file: path.join(root, '.features-gen', 'features', 'unsubscribe.feature.spec.js'), line: 1, column: 1 },
    titlePath: () => ['', 'journeys', 'features/unsubscribe.feature.spec.js', 'Unsubscribe', 'One click'],
  } as unknown as TestCase;
  const failed = { status: 'failed', error: { message: 'still mailed' } } as TestResult;

  assert.deepEqual(failedScenarioOf(root, scenario, failed), { fullName: UNSUBSCRIBE, message: 'still mailed' });
  assert.equal(failedScenarioOf(root, scenario, { status: 'passed' } as TestResult), undefined);
});

async function results(files: Array<{ file: string } & Record<string, unknown>>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'allure-results-'));
  for (const { file, ...result } of files) await writeFile(path.join(dir, file), JSON.stringify(result));
  return dir;
}

/** The results as they are now, looked up by file name. */
async function read(dir: string): Promise<(file: string) => Record<string, unknown>> {
  const entries = await readdir(dir);
  const byFile = new Map(await Promise.all(entries.map(async (file) => [file, JSON.parse(await readFile(path.join(dir, file), 'utf8'))] as const)));
  return (file) => byFile.get(file) ?? assert.fail(`${file} is gone`);
}
