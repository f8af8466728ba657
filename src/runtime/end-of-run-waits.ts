import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Watches judged at the end of the run must see everything that arrives until they are due, so
 * the run keeps what it started (the demo company, the shopper's local mailbox and phone) running
 * until the latest of them. Workers are separate processes: each watch leaves its due time as a
 * file in a folder of the run's own, which the global teardown reads before it stops anything.
 */

/** A new folder for this run's end-of-run due times. */
export function newEndOfRunWaits(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-end-of-run-'));
}

/** Called by a scenario that leaves a watch for the end of the run: the run stays open until `dueAt`. */
export async function holdRunOpenUntil(folder: string, dueAt: Date): Promise<void> {
  await writeFile(path.join(folder, randomUUID()), dueAt.toISOString());
}

/**
 * Called by the global teardown once every scenario is done: waits until the latest due time any
 * scenario left (not at all when none did, or when it is past), then removes the folder.
 */
export async function waitForEndOfRunWatches(folder: string, margin = MARGIN_MS): Promise<void> {
  const latest = await latestDueTime(folder);
  await rm(folder, { recursive: true, force: true });
  if (latest === undefined) return;
  const remaining = latest - Date.now() + margin;
  if (remaining > 0) {
    console.log(`Checks left for the end of the run: the last is due in ${(remaining / 1000).toFixed(1)} s`);
    await sleep(remaining);
  }
}

/** Beyond the due time: a message the company sent just before it is still being delivered. */
const MARGIN_MS = 250;

async function latestDueTime(folder: string): Promise<number | undefined> {
  const names = await readdir(folder).catch(() => []);
  const times = await Promise.all(names.map(async (name) => new Date(await readFile(path.join(folder, name), 'utf8')).getTime()));
  const valid = times.filter((time) => Number.isFinite(time));
  return valid.length > 0 ? Math.max(...valid) : undefined;
}
