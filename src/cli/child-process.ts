import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Runs a Node CLI of one of our dependencies, sharing this terminal; resolves its exit code. */
export function runNodeCli(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

export const PLAYWRIGHT_CLI = require.resolve('@playwright/test/cli');
export const BDDGEN_CLI = path.join(path.dirname(require.resolve('playwright-bdd/package.json')), 'dist', 'cli', 'index.js');
export const PLAYWRIGHT_CONFIG = fileURLToPath(new URL('../../playwright.config.ts', import.meta.url));
