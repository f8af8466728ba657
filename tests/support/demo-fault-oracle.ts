import { DEMO_FAULTS, type DemoFault } from '../../demo/faults.ts';

/** The journey that must catch a demo fault, and exactly the finding kinds it must report. */
export interface CaughtBy {
  journey: string;
  kinds: readonly string[];
}

/** A demo fault together with what the harness must catch it as: one row of the fault matrix. */
export interface ProvenFault extends DemoFault {
  caughtBy: CaughtBy;
}

/**
 * The harness's test oracle for the demo company: for each of its faults (demo/faults.ts), the
 * journey that must catch it and the finding kinds it must report. It belongs to the tests (the
 * fault matrix, docs/faults.md), not to the audited company, which knows nothing of the harness.
 */
const CAUGHT_BY: Readonly<Record<string, CaughtBy>> = {
  'unsubscribe-ignored': { journey: 'unsubscribe', kinds: ['opt-out-ignored'] },
  'unsubscribe-link-broken': { journey: 'unsubscribe', kinds: ['unsubscribe-broken'] },
  'unsubscribe-mailbox-full': { journey: 'unsubscribe', kinds: ['unsubscribe-bounces'] },
  'loyalty-price-higher': { journey: 'rent-car', kinds: ['price-inconsistent'] },
  'quote-higher-than-web': { journey: 'rent-car', kinds: ['quote-mismatch'] },
  'double-charge-on-retry': { journey: 'pay-and-get-ticket', kinds: ['double-charge', 'amount-mismatch'] },
  'ambiguous-payment-error': { journey: 'pay-and-get-ticket', kinds: ['ambiguous-payment-error'] },
  'ticket-not-sent': { journey: 'pay-and-get-ticket', kinds: ['ticket-not-delivered'] },
  'enquiry-not-acknowledged': { journey: 'enquiry-answered', kinds: ['no-acknowledgement'] },
  'enquiry-not-answered': { journey: 'enquiry-answered', kinds: ['no-answer'] },
  'support-mailbox-full': { journey: 'enquiry-answered', kinds: ['bounce'] },
  'promise-forgotten': { journey: 'promise-kept', kinds: ['promise-broken'] },
  'contact-overload': { journey: 'contact-frequency', kinds: ['contact-overload'] },
  'sales-calls-overload': { journey: 'contact-frequency', kinds: ['contact-overload'] },
  'call-after-opt-out': { journey: 'contact-frequency', kinds: ['opt-out-ignored'] },
  'tracking-jargon-no-eta': { journey: 'track-delivery', kinds: ['tracking-unclear'] },
  'delivery-no-notice': { journey: 'track-delivery', kinds: ['tracking-unclear'] },
};

/** Every demo fault, in the order of demo/faults.ts, with what must catch it. */
export const DEMO_FAULT_MATRIX: readonly ProvenFault[] = DEMO_FAULTS.map((fault) => {
  const caughtBy = CAUGHT_BY[fault.name];
  if (!caughtBy) throw new Error(`Demo fault "${fault.name}" has no entry in tests/support/demo-fault-oracle.ts: which journey must catch it, as which kinds?`);
  return { ...fault, caughtBy };
});

/** Names in the oracle that are no demo fault (a fault renamed or removed in demo/faults.ts). */
export function staleOracleEntries(): string[] {
  return Object.keys(CAUGHT_BY).filter((name) => !DEMO_FAULTS.some((fault) => fault.name === name));
}
