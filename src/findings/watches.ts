import type { Finding } from './finding.ts';
import type { FindingKind } from './kinds.ts';

/**
 * A watch: a check that can only be judged later, e.g. "no marketing mail two days after
 * unsubscribing". The run store keeps it until a later run judges it (src/watches/). Its fields are
 * report.json's and the run store's: they keep their names.
 */
export interface Watch {
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

/** A watch as a later run judged it (report.json: `resolvedVerdicts`). */
export interface JudgedWatch extends Watch {
  resolvedAt: string;
  status: 'passed' | 'broken';
  /** What the customer met, when the check failed. */
  finding?: Finding;
}
