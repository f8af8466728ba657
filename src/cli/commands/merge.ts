import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/config-error.ts';
import { reportsDir } from '../../runtime/paths.ts';
import { PLAYWRIGHT_CLI, PLAYWRIGHT_CONFIG, runNodeCli } from '../child-process.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { verdictOfRun } from '../run-verdict.ts';

export const MERGE_USAGE = `mystery-shopper merge [folder]
  Merges the blob reports of a sharded run ("run --shard i/n"; default folder: reports/blob)
  into every report an unsharded run writes, experience report included, judges the checks
  earlier runs left that are now due, records the run, and exits as "run" would have.`;

export async function mergeCommand(args: string[]): Promise<ExitCode> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new ConfigError(`merge takes one folder of blob reports, not ${positionals.length}`);
  const folder = path.resolve(positionals[0] ?? path.join(reportsDir(), 'blob'));
  const blobs = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.zip')) : [];
  if (blobs.length === 0) throw new ConfigError(`${folder} holds no blob reports (*.zip): run "mystery-shopper run --shard i/n" for each shard first`);
  console.log(`Merging ${blobs.length} shard report(s) from ${path.relative(process.cwd(), folder) || '.'}`);
  const env = { ...process.env };
  delete env.MYSTERY_SHOPPER_SHARD; // the merge itself is not a shard: it makes the whole run's reports
  const merged = await runNodeCli(PLAYWRIGHT_CLI, ['merge-reports', '--config', PLAYWRIGHT_CONFIG, folder], env);
  // merge-reports exits 1 when a scenario failed; that is a verdict the experience report gives.
  if (merged !== 0 && merged !== 1) return EXIT.harnessError;
  return verdictOfRun();
}
