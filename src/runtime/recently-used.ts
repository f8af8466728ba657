import { readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';

/**
 * The caches under .features-gen (generated tests, the features' checks) keep what runs used
 * last: each entry's modification time says when it was last used.
 */

/** Marks a cached file or folder used now. */
export async function markUsed(entry: string): Promise<void> {
  const now = new Date();
  await utimes(entry, now, now);
}

/**
 * Keeps the `keep` most recently used entries of a folder that `cached` accepts, and removes the
 * others. An entry that vanished meanwhile (a run side by side pruned it) counts as the oldest.
 */
export async function pruneLeastRecentlyUsed(folder: string, keep: number, cached: (name: string) => boolean): Promise<void> {
  const names = (await readdir(folder).catch(() => [])).filter(cached);
  const entries = await Promise.all(names.map(async (name) => ({ name, used: (await stat(path.join(folder, name)).catch(() => ({ mtimeMs: 0 }))).mtimeMs })));
  const old = entries.sort((a, b) => b.used - a.used).slice(keep);
  await Promise.all(old.map(({ name }) => rm(path.join(folder, name), { recursive: true, force: true })));
}
