import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../tests/support/run-cli.ts';
import { timedProcess, type TimedProcess } from '../support/timed-process.ts';

const CUCUMBER_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@cucumber/cucumber/package.json')), 'bin', 'cucumber.js');

/**
 * The classic stack's run of the given feature files (all of them when none are given), with
 * `parallel` cucumber-js workers, in a process of its own with a data folder of its own, timed.
 */
export async function runPeer(parallel: number, features: readonly string[] = []): Promise<TimedProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peer-run-'));
  return timedProcess(process.execPath, ['--import', 'tsx', CUCUMBER_CLI, '--config', 'bench/peer/cucumber.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', DEMO_FAULTS: '', MYSTERY_SHOPPER_DATA_DIR: dataDir, PEER_PARALLEL: String(parallel), PEER_FEATURES: features.join(',') },
  });
}
