import path from 'node:path';

/** Where the harness keeps what must survive between runs: mailbox, pending verdicts. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MYSTERY_SHOPPER_DATA_DIR || '.mystery-shopper');
}

/** Where generated reports go (git-ignored). */
export function reportsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MYSTERY_SHOPPER_REPORTS_DIR || 'reports');
}
