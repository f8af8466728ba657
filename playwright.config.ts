import os from 'node:os';
import path from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { defineBddConfig } from 'playwright-bdd';
import { registerJourneys } from './journeys/register-journeys.ts';
import { CHROMIUM_ARGS, resolveChromiumPath } from './src/channels/web/chromium.ts';
import { featuresDir, generatedTestsDir, reportsDir, stepFiles } from './src/runtime/paths.ts';
import { allureWanted } from './src/reports/optional-reports.ts';
import { leftOutFeaturePatterns } from './src/runtime/left-out-features.ts';
import { runMetadata } from './src/runtime/run-metadata.ts';
import { shardOf } from './src/runtime/shard.ts';
import { PAYS_GREP } from './src/runtime/retries.ts';

// The composition of the Playwright processes: the runner evaluates this config before its
// reporters run (the experience reporter judges the due watches with the journeys' judges, in a
// run and in `merge`), and every worker evaluates it too. The engine never imports a journey.
registerJourneys();

const reports = reportsDir();
const retries = Number(process.env.MYSTERY_SHOPPER_RETRIES ?? 0);
const shard = shardOf(process.env.MYSTERY_SHOPPER_SHARD);

const testDir = defineBddConfig({
  // A feature `run` found it cannot run is left out (it is reported needs-maintenance), not the whole run.
  features: [path.join(featuresDir(), '**/*.feature'), ...leftOutFeaturePatterns()],
  featuresRoot: featuresDir(),
  steps: stepFiles(),
  outputDir: generatedTestsDir(),
  missingSteps: 'fail-on-gen',
});

export default defineConfig({
  testDir,
  globalSetup: './wiring/global-setup.ts',
  // Under the reports folder, so that runs with reports folders of their own (shards side by side) never share it.
  outputDir: path.join(reports, 'test-results'),
  // Journeys wait for email; a scenario gets minutes, not the default 30 s.
  timeout: 5 * 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries,
  // One worker per core: journeys mostly wait for mail and the company's clock, but each worker
  // drives a browser, and more browsers than cores starve the timers every check depends on
  // (measured on 2 cores: 4 workers took as long as 2 and missed SLAs the company kept).
  workers: workersFromEnv(process.env.MYSTERY_SHOPPER_WORKERS) ?? os.availableParallelism(),
  // The run id, target and faults travel in every shard's blob report, for the merged report.
  metadata: runMetadata(),
  // A shard only writes its blob report; every other report is made when the shards are merged
  // (mystery-shopper merge), from the same reporters an unsharded run uses.
  // The scrub reporter comes last: it masks secrets in every file the others wrote (docs/safety.md).
  reporter: shard
    ? [
        ['./src/reports/progress-reporter.ts'],
        ['blob', { outputDir: path.join(reports, 'blob'), fileName: `report-${shard.current}-of-${shard.total}.zip` }],
        ['./src/reports/scrub-reporter.ts'],
      ]
    : [
        ['./src/reports/progress-reporter.ts'],
        // Before Playwright's own reports: checks judged at the end of the run amend their results.
        ['./src/reports/experience-reporter.ts'],
        ['html', { outputFolder: path.join(reports, 'playwright'), open: 'never' }],
        ['junit', { outputFile: path.join(reports, 'junit.xml') }],
        ...allureReporters(),
        ['./src/reports/scrub-reporter.ts'],
      ],
  ...(shard ? { shard } : {}),
  use: {
    trace: 'retain-on-failure',
    // Taken masked by the scenario's own teardown instead (attachMaskedFailureScreenshot): it may show typed secrets.
    screenshot: 'off',
    launchOptions: { executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS },
    // A browser on another machine (`npx playwright run-server`, a browser grid): docs/scheduling.md.
    // It reaches the harness's loopback (the demo company, the local mailbox's links) through the connection.
    ...(process.env.MYSTERY_SHOPPER_BROWSER_WS_ENDPOINT
      ? { connectOptions: { wsEndpoint: process.env.MYSTERY_SHOPPER_BROWSER_WS_ENDPOINT, exposeNetwork: '<loopback>' } }
      : {}),
  },
  // A scenario that pays is never retried: a retry would place a new order and pay again. When
  // scenarios are retried, the paying ones run in a project of their own without retries. A project
  // takes workers of its own (Playwright's worker hash holds the project), so a run that retries
  // nothing keeps one: its paying scenario runs in the workers the others use, not in a new one.
  projects:
    retries > 0
      ? [
          { name: 'journeys', grepInvert: PAYS_GREP, use: { browserName: 'chromium' } },
          { name: 'pays', grep: PAYS_GREP, retries: 0, use: { browserName: 'chromium' } },
        ]
      : [{ name: 'journeys', use: { browserName: 'chromium' } }],
});

/** Allure's results and its HTML report, unless the run switched them off (run --no-allure). */
function allureReporters(): ReporterDescription[] {
  if (!allureWanted()) return [];
  return [['allure-playwright', { resultsDir: path.join(reports, 'allure-results'), detail: true, suiteTitle: false }], ['./src/reports/allure-html-reporter.ts']];
}

/** "4" or "50%" from MYSTERY_SHOPPER_WORKERS, as Playwright wants them. */
function workersFromEnv(value: string | undefined): number | string | undefined {
  if (!value) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}
