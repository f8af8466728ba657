import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../config/config-error.ts';
import { loadDotEnv } from '../../config/env.ts';
import { rebuildReport } from '../../reports/end-of-run.ts';
import { reportsDir } from '../../runtime/paths.ts';
import { openRunStore, storePath } from '../../store/run-store.ts';
import type { ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';
import { exitCodeOf } from '../report-exit-code.ts';

export const REPORT_USAGE = `mystery-shopper report
  Rebuilds the experience report (reports/experience) from the latest run in the run store
  (DATABASE_URL, else MYSTERY_SHOPPER_STORE), without running anything. Exits as "run" did for that run.
  Example: MYSTERY_SHOPPER_STORE=ci/history.sqlite mystery-shopper report`;

export async function reportCommand(args: string[]): Promise<ExitCode> {
  parseOptions('report', args, {}); // takes no options: a stray one is named, not ignored
  loadDotEnv();
  const file = storePath();
  // A PostgreSQL store is created like a SQLite one, but is not looked for as a file.
  if (!process.env.DATABASE_URL && !existsSync(file)) throw new ConfigError(`No run store at ${file}: run "mystery-shopper run" first, or set MYSTERY_SHOPPER_STORE to the store`);
  const store = await openRunStore();
  try {
    const report = await rebuildReport(store, path.join(reportsDir(), 'experience'));
    if (!report) throw new ConfigError(`Run store ${store.location} has no runs yet: run "mystery-shopper run" first`);
    return exitCodeOf(report);
  } finally {
    await store.close();
  }
}
