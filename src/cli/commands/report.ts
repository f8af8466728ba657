import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../config/config-error.ts';
import { parseDuration } from '../../config/duration.ts';
import { loadDotEnv } from '../../config/env.ts';
import { rebuildReport } from '../../reports/end-of-run.ts';
import { reportsDir } from '../../runtime/paths.ts';
import { openRunStore, storePath } from '../../store/run-store.ts';
import type { ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';
import { exitCodeOf } from '../report-exit-code.ts';

export const REPORT_USAGE = `mystery-shopper report [--since 90d]
  Rebuilds the experience report (reports/experience) from the latest run in the run store
  (DATABASE_URL, else MYSTERY_SHOPPER_STORE), without running anything. Exits as "run" did for that run.
  --since <duration>  the period its trends cover, up to that run (default 90d)
  Example: MYSTERY_SHOPPER_STORE=ci/history.sqlite mystery-shopper report --since 30d`;

export async function reportCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseOptions('report', args, { since: { type: 'string' } });
  const trendDays = values.since === undefined ? undefined : sinceDays(values.since);
  loadDotEnv();
  const file = storePath();
  // A PostgreSQL store is created like a SQLite one, but is not looked for as a file.
  if (!process.env.DATABASE_URL && !existsSync(file)) throw new ConfigError(`No run store at ${file}: run "mystery-shopper run" first, or set MYSTERY_SHOPPER_STORE to the store`);
  const store = await openRunStore();
  try {
    const report = await rebuildReport(store, path.join(reportsDir(), 'experience'), trendDays);
    if (!report) throw new ConfigError(`Run store ${store.location} has no runs yet: run "mystery-shopper run" first`);
    return exitCodeOf(report);
  } finally {
    await store.close();
  }
}

/** --since as whole days (at least one): "30d", "12w", "1d12h" (1.5 days). */
function sinceDays(text: string): number {
  let ms: number;
  try {
    ms = parseDuration(text);
  } catch (error) {
    throw new ConfigError(`--since: ${(error as Error).message}`);
  }
  if (ms < 86_400_000) throw new ConfigError(`--since ${text} is shorter than a day: trends are drawn per day`);
  return ms / 86_400_000;
}
