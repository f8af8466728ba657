import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
    await writeFile(config, JSON.stringify({ name, historyPath: paths.history, historyLimit: ALLURE_HISTORY_LIMIT, categories: allureCategories() }, null, 2));
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
    });
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}
