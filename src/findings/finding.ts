import type { DegradationKind, FindingKind } from './kinds.ts';

/** A piece of evidence: a Playwright attachment of the scenario that observed the finding. */
export interface Evidence {
  /** The attachment's name in the Playwright result, e.g. "marketing email (source)". */
  name: string;
  contentType: string;
  /** Set by the reporter once the evidence has been copied beside the experience report. */
  path?: string;
}

/** One broken customer experience, described in the customer's words. */
export interface Finding {
  kind: FindingKind;
  customerImpact: string;
  expected: string;
  observed: string;
  evidence: Evidence[];
  /** The scenario that met it; set by the reporter. */
  scenario?: string;
}

/** A finding in the customer's words, before its evidence is attached. */
export type FindingDraft = Omit<Finding, 'evidence' | 'scenario'>;

/**
 * A customer experience that works, but worse than promised: slower than the journey's threshold,
 * or a soft expectation not met. It does not fail the scenario; the journey is `degraded`.
 */
export interface Degradation {
  kind: DegradationKind;
  customerImpact: string;
  expected: string;
  observed: string;
  evidence: Evidence[];
  /** The scenario that met it; set by the reporter. */
  scenario?: string;
}
