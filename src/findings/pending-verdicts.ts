import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import type { Finding } from './finding.ts';
import type { FindingKind } from './kinds.ts';

/** A check that can only be judged later, e.g. "no marketing mail two days after unsubscribing". */
export interface PendingVerdict {
  runId: string;
  journey: string;
  scenario: string;
  /** What will be checked, in the customer's words. */
  check: string;
  /** The finding kind if the check fails when it falls due. */
  kind: FindingKind;
  dueAt: string;
  recordedAt: string;
  /** What the later check needs, e.g. the persona address and the moment of the opt-out. */
  details: Record<string, string>;
}

/** A pending verdict as a later run judged it. */
export interface ResolvedVerdict extends PendingVerdict {
  resolvedAt: string;
  status: 'passed' | 'broken';
  /** What the customer met, when the check failed. */
  finding?: Finding;
}

/** Keeps one file per verdict, so that parallel workers never write the same file. */
export async function recordPendingVerdict(dir: string, verdict: PendingVerdict): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = pendingVerdictFile(dir, verdict);
  await writeFile(file, JSON.stringify(verdict, null, 2));
  return file;
}

/** Every verdict still pending in the folder (none when there is no folder yet). */
export async function readPendingVerdicts(dir: string): Promise<PendingVerdict[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));
  return Promise.all(files.map(readPendingVerdict));
}

/** A judged verdict is pending no more: its file goes, with any evidence kept beside it. */
export async function removePendingVerdict(dir: string, verdict: PendingVerdict): Promise<void> {
  await rm(pendingVerdictFile(dir, verdict), { force: true });
  await rm(pendingVerdictFile(dir, verdict, '.eml'), { force: true });
}

/** The verdict's file, or a file kept beside it (e.g. the email that judged it, as `.eml`). */
export function pendingVerdictFile(dir: string, verdict: PendingVerdict, extension = '.json'): string {
  const slug = `${verdict.runId}-${verdict.journey}-${verdict.scenario}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 120);
  return path.join(dir, `${slug}${extension}`);
}

async function readPendingVerdict(file: string): Promise<PendingVerdict> {
  try {
    const verdict = JSON.parse(await readFile(file, 'utf8')) as PendingVerdict;
    if (typeof verdict.dueAt !== 'string' || Number.isNaN(Date.parse(verdict.dueAt)) || typeof verdict.details !== 'object') throw new Error('no dueAt or details');
    return verdict;
  } catch (error) {
    throw new ConfigError(`Pending verdict ${file} cannot be read (${(error as Error).message}); fix it, or remove it to drop the check`);
  }
}
