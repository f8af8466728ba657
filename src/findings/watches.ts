import type { Evidence, Finding } from './finding.ts';
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
  /**
   * Due within what the run may wait: judged at the end of this same run, once every scenario is
   * done, instead of holding the scenario's worker while nothing happens (waits overlap).
   */
  atEndOfRun?: true;
  /** Evidence the scenario already kept that a broken verdict cites, before the judge's own. */
  cites?: Evidence[];
}

/** A watch as a later run judged it (report.json: `resolvedVerdicts`). */
export interface JudgedWatch extends Watch {
  resolvedAt: string;
  status: 'passed' | 'broken';
  /** What the customer met, when the check failed. */
  finding?: Finding;
  /** Further broken promises the same check found (e.g. too many offers, and one for a product held). */
  moreFindings?: Finding[];
}
