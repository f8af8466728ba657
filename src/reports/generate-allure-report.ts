import path from 'node:path';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { allureCategories } from './allure-categories.ts';

/** How many past runs the Allure history keeps (its trend charts and each test's history). */
export const ALLURE_HISTORY_LIMIT = 50;

export interface AllureReportPaths {
  results: string;
  output: string;
  /** The history Allure reads and appends to: it must outlive the reports folder, which each run empties. */
  history: string;
}

type AllureGenerator = typeof import('@allurereport/core');

let generator: Promise<AllureGenerator> | undefined;

/**
 * Allure's report generator (the library behind the `allure` CLI), loaded once. The reporter starts
 * loading it while the scenarios run: in the process, warm, the report takes a fifth of a second
 * where the CLI took a second (a Node process of its own, loading the same library).
 */
export function loadAllureGenerator(): Promise<AllureGenerator> {
  generator ??= import('@allurereport/core');
  return generator;
}

/**
 * Turns Allure results into the Allure 3 HTML report (Node-based, no Java), keeping history across
 * runs in `history` and filing scenarios under mystery-shopper's categories. Resolves to 0 when the
 * report is written, 1 when not (its complaint printed in one line), as the CLI's exit code would.
 */
export async function generateAllureReport(paths: AllureReportPaths, name = 'mystery-shopper'): Promise<number> {
  // Into an empty folder only: Allure writes a lone report flat, but beside an earlier one into a
  // sub-folder per plugin, leaving the earlier index.html stale.
  await rm(paths.output, { recursive: true, force: true });
  try {
    const { AllureReport, resolveConfig } = await loadAllureGenerator();
    // One file (singleFile), so that the report opens from disk: a browser refuses the data files
    // beside it over file://.
    const plugins = { awesome: { options: { singleFile: true, reportName: name } } };
    const config = await resolveConfig({ name, output: paths.output, historyPath: paths.history, historyLimit: ALLURE_HISTORY_LIMIT, categories: allureCategories(), plugins });
    const report = new AllureReport(config);
    await report.start();
    await report.readDirectory(paths.results);
    await report.done();
    await withoutAnalytics(path.join(paths.output, 'index.html'));
    return 0;
  } catch (error) {
    console.error(`Allure report not generated: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * Allure's page loads Google Analytics (googletagmanager.com) whenever it is opened, whatever its
 * options: an audit report must not tell a third party that, and when, it was read.
 */
async function withoutAnalytics(file: string): Promise<void> {
  const html = await readFile(file, 'utf8');
  const cleaned = html.replace(ANALYTICS, '');
  if (cleaned !== html) await writeFile(file, cleaned);
}

const ANALYTICS = /<script async src="https:\/\/www\.googletagmanager\.com\/[^"]*"><\/script>\s*<script>\s*window\.dataLayer[\s\S]*?<\/script>/;
