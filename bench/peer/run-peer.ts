import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../tests/support/run-cli.ts';

const CUCUMBER_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@cucumber/cucumber/package.json')), 'bin', 'cucumber.js');

/** The classic stack's run of the two journeys (bench/peer/cucumber.mjs), in a process of its own with a data folder of its own, timed. */
export async function runPeer(parallel: number): Promise<{ exitCode: number; output: string; wallMs: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peer-run-'));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CUCUMBER_CLI, '--config', 'bench/peer/cucumber.mjs'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DEMO_FAULTS: '', MYSTERY_SHOPPER_DATA_DIR: dataDir, PEER_PARALLEL: String(parallel) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, output, wallMs: performance.now() - started }));
  });
}
