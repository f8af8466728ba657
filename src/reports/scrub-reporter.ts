import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from '@playwright/test/reporter';
import { loadConfig } from '../config/load-config.ts';
import { dataDir, reportsDir } from '../runtime/paths.ts';
import { knownSecrets, maskKnownSecrets } from '../secrets/known-secrets.ts';
import { filesUnder, scrubFiles } from '../secrets/scrub-files.ts';

/**
 * The last reporter: once every other one has written its files, masks the secrets in everything
 * under the reports folder (traces, blob reports, the Playwright and Allure reports, JUnit, the
 * experience report) and in the Allure history, which Allure made from unmasked results. It scrubs
 * in onExit, which Playwright calls reporter by reporter in order once every onEnd is done: after
 * the Allure HTML and the PDF, which the reporters before it write between their onEnd and onExit.
 */
export default class ScrubReporter implements Reporter {
  private config?: Promise<unknown>;

  onBegin(): void {
    // The configuration's secrets (loading it makes them known); a run with a bad one never started.
    this.config = loadConfig().catch((error: unknown) => error);
  }

  async onExit(): Promise<void> {
    const loaded = await this.config;
    if (loaded instanceof Error) console.error(maskKnownSecrets(`Masking secrets without the configuration's: ${loaded.message}`));
    const history = path.join(dataDir(), 'allure-history.jsonl');
    const files = [...(await filesUnder(reportsDir())), ...(existsSync(history) ? [history] : [])];
    await scrubFiles(files, knownSecrets());
  }

  printsToStdio(): boolean {
    return false;
  }
}
