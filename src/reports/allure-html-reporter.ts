import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { dataDir, reportsDir } from '../runtime/paths.ts';
import { failAllureResults, failedScenarioOf } from './amend-allure-results.ts';
import { generateAllureReport, loadAllureGenerator } from './generate-allure-report.ts';

/**
 * Runs after allure-playwright has written its results (reporters end in order) and turns them,
 * in this process, into the Allure 3 HTML report in reports/allure, with history kept in the data
 * folder. It starts in onEnd and is awaited in onExit, so that the experience report and its summary need not wait
 * for it, and the PDF is printed beside it. Scenarios failed at the end of the run (by checks judged
 * then) are failed in Allure's results first.
 */
export default class AllureHtmlReporter implements Reporter {
  private readonly results = path.join(reportsDir(), 'allure-results');
  private report?: Promise<void>;
  private rootDir = process.cwd();
  private readonly ended: Array<{ test: TestCase; result: TestResult }> = [];

  /**
   * Empties the results of earlier runs (the folder itself stays: allure-playwright writes into it),
   * and starts loading Allure's generator, which the report needs only once the scenarios are done.
   */
  async onBegin(config: FullConfig): Promise<void> {
    this.rootDir = config.rootDir;
    loadAllureGenerator().catch(() => {}); // reported when the report is generated
    if (!existsSync(this.results)) return;
    const entries = await readdir(this.results);
    await Promise.all(entries.map((entry) => rm(path.join(this.results, entry), { recursive: true, force: true })));
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.ended.push({ test, result });
  }

  onEnd(): void {
    if (!existsSync(this.results)) return;
    this.report = this.generate();
    this.report.catch(() => {}); // reported when awaited, in onExit
  }

  async onExit(): Promise<void> {
    await this.report;
  }

  private async generate(): Promise<void> {
    const output = path.join(reportsDir(), 'allure');
    // Read now, not at each scenario's end: the experience reporter fails results in its onEnd.
    const failed = this.ended.flatMap(({ test, result }) => failedScenarioOf(this.rootDir, test, result) ?? []);
    await failAllureResults(this.results, failed);
    const code = await generateAllureReport({ results: this.results, output, history: path.join(dataDir(), 'allure-history.jsonl') });
    if (code === 0) console.log(`Allure report: ${path.relative(process.cwd(), path.join(output, 'index.html'))}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
