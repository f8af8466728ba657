import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Reporter } from '@playwright/test/reporter';
import { reportsDir } from '../runtime/paths.ts';

const require = createRequire(import.meta.url);

/**
 * Runs after allure-playwright has written its results (reporters end in order) and turns them
 * into the Allure 3 HTML report in reports/allure, with the Node-based `allure` CLI: no Java.
 */
export default class AllureHtmlReporter implements Reporter {
  private readonly results = path.join(reportsDir(), 'allure-results');

  /** Empties the results of earlier runs (the folder itself stays: allure-playwright writes into it). */
  async onBegin(): Promise<void> {
    if (!existsSync(this.results)) return;
    const entries = await readdir(this.results);
    await Promise.all(entries.map((entry) => rm(path.join(this.results, entry), { recursive: true, force: true })));
  }

  async onEnd(): Promise<void> {
    const results = this.results;
    if (!existsSync(results)) return;
    // `allure` exports only its API; its CLI sits at the package root, one level above dist/.
    const cli = path.join(path.dirname(require.resolve('allure')), '..', 'cli.js');
    const output = path.join(reportsDir(), 'allure');
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [cli, 'generate', results, '--output', output, '--name', 'mystery-shopper'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('close', (exitCode) => {
        if (exitCode !== 0) console.error(`Allure report not generated (exit ${exitCode}): ${errors.trim()}`);
        resolve(exitCode ?? 1);
      });
    });
    if (code === 0) console.log(`Allure report: ${path.relative(process.cwd(), path.join(output, 'index.html'))}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
