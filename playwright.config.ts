import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { defineBddConfig } from 'playwright-bdd';
import { CHROMIUM_ARGS, resolveChromiumPath } from './src/channels/web/chromium.ts';
import { reportsDir } from './src/runtime/paths.ts';

const reports = reportsDir();

const testDir = defineBddConfig({
  features: 'features/**/*.feature',
  steps: 'steps/**/*.ts',
  outputDir: '.features-gen',
  missingSteps: 'fail-on-gen',
});

export default defineConfig({
  testDir,
  globalSetup: './src/runtime/global-setup.ts',
  outputDir: 'test-results',
  // Journeys wait for email; a scenario gets minutes, not the default 30 s.
  timeout: 5 * 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: Number(process.env.MYSTERY_SHOPPER_RETRIES ?? 0),
  // Journeys spend most of their time waiting for mail and the company's clock, not on the CPU.
  workers: workersFromEnv(process.env.MYSTERY_SHOPPER_WORKERS) ?? 4,
  reporter: [
    ['./src/reports/progress-reporter.ts'],
    ['html', { outputFolder: path.join(reports, 'playwright'), open: 'never' }],
    ['junit', { outputFile: path.join(reports, 'junit.xml') }],
    ['allure-playwright', { resultsDir: path.join(reports, 'allure-results'), detail: true, suiteTitle: false }],
    ['./src/reports/allure-html-reporter.ts'],
    ['./src/reports/experience-reporter.ts'],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: { executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'journeys', use: { browserName: 'chromium' } }],
});

/** "4" or "50%" from MYSTERY_SHOPPER_WORKERS, as Playwright wants them. */
function workersFromEnv(value: string | undefined): number | string | undefined {
  if (!value) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}
