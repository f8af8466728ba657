import { appendFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatMoney } from '../money/format-money.ts';
import type { Money } from '../money/money.ts';

/** One payment the run allowed itself to make, in the order they were allowed. */
export interface Spend {
  amount: Money;
  what: string;
  at: string;
}

export type SpendDecision = { allowed: true; spentBefore: Money } | { allowed: false; spentBefore: Money; reason: string };

/** A lock older than this was left by a process that died holding it; the lock is held for milliseconds. */
const STALE_LOCK_MS = 30_000;
const LOCK_TIMEOUT_MS = 60_000;

/**
 * What one run has paid with real money, shared by every worker and retry of the run: an
 * append-only file per run id in the data folder. A payment is reserved (read the total, compare
 * with the cap, append) under an exclusive lock file, so that two workers can never both take the
 * last of the cap.
 */
export class SpendLedger {
  private readonly file: string;

  constructor(dataDir: string, runId: string) {
    this.file = path.join(dataDir, 'spend', `${runId}.jsonl`);
  }

  /** Records the payment if the run's total stays within the cap; else says why not, and records nothing. */
  async reserve(amount: Money, cap: Money, what: string): Promise<SpendDecision> {
    await mkdir(path.dirname(this.file), { recursive: true });
    return this.locked(async () => {
      const spentBefore = total(await this.spends(), cap.currency);
      if (amount.currency !== cap.currency) {
        return { allowed: false, spentBefore, reason: `${what} costs ${formatMoney(amount)}, in another currency than the spend cap (${formatMoney(cap)})` };
      }
      const after = spentBefore.minor + amount.minor;
      if (after > cap.minor) {
        const reason = `${what} costs ${formatMoney(amount)}; with ${formatMoney(spentBefore)} already paid in this run that is above the spend cap of ${formatMoney(cap)}`;
        return { allowed: false, spentBefore, reason };
      }
      const spend: Spend = { amount, what, at: new Date().toISOString() };
      await appendFile(this.file, `${JSON.stringify(spend)}\n`);
      return { allowed: true, spentBefore };
    });
  }

  /** Every payment the run allowed, oldest first. */
  async spends(): Promise<Spend[]> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Spend);
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const lock = `${this.file}.lock`;
    const giveUpAt = Date.now() + LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        const handle = await open(lock, 'wx');
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (await isStale(lock)) await rm(lock, { force: true });
        else if (Date.now() > giveUpAt) throw new Error(`The spend ledger ${this.file} stayed locked for ${LOCK_TIMEOUT_MS / 1000} s (${lock})`);
        else await sleep(10 + Math.random() * 20);
      }
    }
    try {
      return await work();
    } finally {
      await rm(lock, { force: true });
    }
  }
}

/** What was spent in the cap's currency (a payment in another currency is never allowed). */
function total(spends: Spend[], currency: string): Money {
  const minor = spends.filter((spend) => spend.amount.currency === currency).reduce((sum, spend) => sum + spend.amount.minor, 0);
  return { currency, minor };
}

async function isStale(lock: string): Promise<boolean> {
  const info = await stat(lock).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > STALE_LOCK_MS;
}
