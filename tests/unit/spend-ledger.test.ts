import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { money } from '../../src/money/money.ts';
import { SpendLedger } from '../../src/safety/spend-ledger.ts';
import { ROOT } from '../support/run-cli.ts';

test('two workers of one run never pay more than the run’s spend cap between them', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-spend-'));
  const allowed = await Promise.all(['1', '2'].map((worker) => reserveInProcess(dataDir, 'run-1', worker)));
  // 2 × 5 attempts of EUR 10.00 against EUR 60.00: exactly six go through, whoever gets them.
  assert.equal(allowed[0]! + allowed[1]!, 6, `allowed ${allowed.join(' + ')}`);
  const spends = await new SpendLedger(dataDir, 'run-1').spends();
  assert.equal(spends.length, 6);
  assert.equal(spends.reduce((sum, spend) => sum + spend.amount.minor, 0), 6000);
});

test('each run has a cap of its own, and a payment in another currency than the cap is refused', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-spend-'));
  const cap = money('EUR', 5000);
  assert.equal((await new SpendLedger(dataDir, 'run-1').reserve(money('EUR', 5000), cap, 'order A')).allowed, true);
  assert.equal((await new SpendLedger(dataDir, 'run-2').reserve(money('EUR', 5000), cap, 'order B')).allowed, true);
  const refused = await new SpendLedger(dataDir, 'run-2').reserve(money('USD', 1), cap, 'order C');
  assert.deepEqual(refused, { allowed: false, spentBefore: money('EUR', 5000), reason: 'order C costs USD 0.01, in another currency than the spend cap (EUR 50.00)' });
  assert.equal((await new SpendLedger(dataDir, 'run-2').spends()).length, 1);
});

function reserveInProcess(dataDir: string, runId: string, worker: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/support/reserve-spend.ts'), dataDir, runId, worker], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(output.trim())) : reject(new Error(output))));
  });
}
