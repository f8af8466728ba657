import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../config/config-error.ts';
import { parseDuration } from '../../config/duration.ts';
import { loadConfig } from '../../config/load-config.ts';
import { allureWanted, pdfWanted } from '../../reports/optional-reports.ts';
import { reportsDir } from '../../runtime/paths.ts';
import { PLAYWRIGHT_CLI, PLAYWRIGHT_CONFIG, runNodeCli } from '../child-process.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';
import { exitCodeOfRun } from '../run-exit-code.ts';

export const MERGE_USAGE = `mystery-shopper merge [folder] [--expect <n> --wait <duration>]
  Merges the blob reports of a sharded run ("run --shard i/n"; default folder: reports/blob)
  into every report an unsharded run writes, experience report included, judges the checks
  earlier runs left that are now due, records the run, and exits as "run" would have.
  --expect <n>       the number of shards; with --wait, waits until all their blob reports are
  --wait <duration>  in the folder (e.g. 30m), for a merge that starts beside its shards
  Example: mystery-shopper merge reports/blob --expect 2 --wait 30m`;

/** How often a waiting merge looks for the shards' blob reports. */
const POLL_MS = 2_000;

export async function mergeCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseOptions('merge', args, { expect: { type: 'string' }, wait: { type: 'string' } }, true);
  if (positionals.length > 1) throw new ConfigError(`merge takes one folder of blob reports, not ${positionals.length}`);
  const folder = path.resolve(positionals[0] ?? path.join(reportsDir(), 'blob'));
  const expected = expectedShards(values.expect);
  if (values.wait !== undefined && expected === undefined) throw new ConfigError('--wait needs --expect <n>: how many shards to wait for');
  const blobs = await blobReports(folder, expected, values.wait === undefined ? 0 : waitOption(values.wait));
  if (blobs.length === 0) throw new ConfigError(`${folder} holds no blob reports (*.zip): run "mystery-shopper run --shard i/n" for each shard first`);
  if (expected !== undefined && blobs.length < expected) {
    throw new ConfigError(`${folder} holds ${blobs.length} of the ${expected} shards' blob reports (${blobs.join(', ')}); a shard did not finish`);
  }
  console.log(`Merging ${blobs.length} shard report(s) from ${path.relative(process.cwd(), folder) || '.'}`);
  const { reports } = await loadConfig();
  const env: NodeJS.ProcessEnv = { ...process.env, MYSTERY_SHOPPER_PDF: String(pdfWanted(reports)), MYSTERY_SHOPPER_ALLURE: String(allureWanted(reports)) };
  delete env.MYSTERY_SHOPPER_SHARD; // the merge itself is not a shard: it makes the whole run's reports
  const merged = await runNodeCli(PLAYWRIGHT_CLI, ['merge-reports', '--config', PLAYWRIGHT_CONFIG, folder], env);
  // merge-reports exits 1 when a scenario failed; the exit code is the experience report's to give.
  if (merged !== 0 && merged !== 1) return EXIT.harnessError;
  return exitCodeOfRun();
}

/** The blob reports in the folder, once `expected` of them are there or the wait is over. */
async function blobReports(folder: string, expected: number | undefined, waitMs: number): Promise<string[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const blobs = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.zip')).sort() : [];
    if (blobs.length >= (expected ?? 1) || Date.now() >= deadline) return blobs;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function expectedShards(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) throw new ConfigError(`--expect: "${text}" is not a number of shards`);
  return Number(text);
}

function waitOption(text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new ConfigError(`--wait: ${(error as Error).message}`);
  }
}
