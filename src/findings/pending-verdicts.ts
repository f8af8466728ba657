import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  const slug = `${verdict.runId}-${verdict.journey}-${verdict.scenario}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 120);
  const file = path.join(dir, `${slug}.json`);
  await writeFile(file, JSON.stringify(verdict, null, 2));
  return file;
}
