import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';

/** A scenario Playwright ended as failed, named as allure-playwright names its result. */
export interface FailedScenario {
  fullName: string;
  message: string;
}

/**
 * allure-playwright writes a scenario's result when the scenario ends, so a scenario judged broken
 * at the end of the run (src/reports/amend-playwright-results.ts) was written as passed. This
 * brings each such Allure result in line with Playwright's final verdict, before Allure's HTML is
 * generated from them: QA's Allure report then tells what the experience report tells.
 * Resolves to how many results it failed.
 */
export async function failAllureResults(resultsDir: string, failed: readonly FailedScenario[]): Promise<number> {
  if (failed.length === 0) return 0;
  const byName = new Map(failed.map((scenario) => [scenario.fullName, scenario.message]));
  const latest = new Map<string, { file: string; result: AllureResult }>();
  for (const file of (await readdir(resultsDir)).filter((name) => name.endsWith('-result.json'))) {
    const result = JSON.parse(await readFile(path.join(resultsDir, file), 'utf8')) as AllureResult;
    const earlier = latest.get(result.fullName);
    // A retried scenario has a result per attempt: only its last attempt is the verdict.
    if (byName.has(result.fullName) && (!earlier || (earlier.result.stop ?? 0) < (result.stop ?? 0))) latest.set(result.fullName, { file, result });
  }
  let amended = 0;
  for (const [fullName, { file, result }] of latest) {
    if (result.status !== 'passed') continue;
    const amendedResult = { ...result, status: 'failed', statusDetails: { ...result.statusDetails, message: byName.get(fullName) } };
    await writeFile(path.join(resultsDir, file), JSON.stringify(amendedResult));
    amended += 1;
  }
  return amended;
}

/**
 * A scenario Playwright ended as failed, named as allure-playwright names it (its "full name": the
 * file from the root folder, then the titles below the file).
 */
export function failedScenarioOf(rootDir: string, test: TestCase, result: TestResult): FailedScenario | undefined {
  if (result.status !== 'failed' || !result.error?.message) return undefined;
  const file = path.relative(rootDir, test.location.file).split(path.sep).join('/');
  return { fullName: [file, ...test.titlePath().slice(3)].join(' › '), message: result.error.message };
}

interface AllureResult {
  fullName: string;
  status?: string;
  stop?: number;
  statusDetails?: Record<string, unknown>;
}
