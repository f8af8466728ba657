import path from 'node:path';

/** Where the harness keeps what must survive between runs: mailbox, pending verdicts. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MYSTERY_SHOPPER_DATA_DIR || '.mystery-shopper');
}

/** Where generated reports go (git-ignored). */
export function reportsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MYSTERY_SHOPPER_REPORTS_DIR || 'reports');
}

/** Where the journeys' Gherkin is: MYSTERY_SHOPPER_FEATURES (a folder), default features/. */
export function featuresDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MYSTERY_SHOPPER_FEATURES || 'features';
}

/** The step definition files: MYSTERY_SHOPPER_STEPS (globs, comma-separated), default steps/. */
export function stepFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.MYSTERY_SHOPPER_STEPS || 'steps/**/*.ts').split(',').map((glob) => glob.trim()).filter(Boolean);
}

/**
 * Where bddgen writes the Playwright tests it generates from the features, and Playwright reads them:
 * the folder `run` chose for the run's inputs (generated-tests.ts), else .features-gen/default (for
 * `npm run journeys`, bddgen and Playwright by hand). It is a folder of the project: the tests
 * import its step files and packages.
 */
export function generatedTestsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MYSTERY_SHOPPER_GENERATED_TESTS || path.join('.features-gen', 'default');
}
