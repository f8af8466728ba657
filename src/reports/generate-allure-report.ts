import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { allureCategories } from './allure-categories.ts';

const require = createRequire(import.meta.url);

/** How many past runs the Allure history keeps (its trend charts and each test's history). */
export const ALLURE_HISTORY_LIMIT = 50;

export interface AllureReportPaths {
  results: string;
  output: string;
  /** The history Allure reads and appends to: it must outlive the reports folder, which each run empties. */
  history: string;
}

/**
 * Turns Allure results into the Allure 3 HTML report with the Node-based `allure` CLI (no Java),
 * keeping history across runs in `history` and filing scenarios under mystery-shopper's categories.
 * Resolves to the CLI's exit code; its complaint, if any, is printed in one line.
 */
export async function generateAllureReport(paths: AllureReportPaths, name = 'mystery-shopper'): Promise<number> {
  // Into an empty folder only: Allure writes a lone report flat, but beside an earlier one into a
  // sub-folder per plugin, leaving the earlier index.html stale.
  await rm(paths.output, { recursive: true, force: true });
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-allure-'));
  try {
    const config = path.join(configDir, 'allurerc.json');
    // One file (singleFile), so that the report opens from disk: a browser refuses the data files
    // beside it over file://.
    const plugins = { awesome: { options: { singleFile: true, reportName: name } } };
    await writeFile(config, JSON.stringify({ name, historyPath: paths.history, historyLimit: ALLURE_HISTORY_LIMIT, categories: allureCategories(), plugins }, null, 2));
    // `allure` exports only its API; its CLI sits at the package root, one level above dist/.
    const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
    return await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [cli, 'generate', paths.results, '--config', config, '--output', paths.output], { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('close', (exitCode) => {
        if (exitCode !== 0) console.error(`Allure report not generated (exit ${exitCode}): ${errors.trim()}`);
        resolve(exitCode ?? 1);
      });
    }).then(async (exitCode) => {
      if (exitCode === 0) await withoutAnalytics(path.join(paths.output, 'index.html'));
      return exitCode;
    });
  } finally {
    await rm(configDir, { recursive: true, force: true });
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
