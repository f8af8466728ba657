/**
 * The stable catalogue of broken-experience kinds. Reports, alerts and dashboards key on these
 * ids, so an id never changes meaning once released; add new ones instead.
 */
export const FINDING_KINDS = {
  'opt-out-ignored': 'Marketing mail, texts or calls keep coming after the customer opted out',
  'unsubscribe-broken': 'The customer cannot unsubscribe the way the email offers',
  'unsubscribe-bounces': 'The unsubscribe address rejects the customer’s request',
  'price-inconsistent': 'The same product costs more in one channel than another',
  'quote-mismatch': 'The emailed quote differs from the price shown',
  'double-charge': 'The customer is charged more than once for one order',
  'amount-mismatch': 'The amount charged differs from the amount shown',
  'ambiguous-payment-error': 'An error is shown although the card was charged',
  'ticket-not-delivered': 'The paid-for ticket never reaches the customer',
  'no-acknowledgement': 'The customer’s message is not acknowledged',
  'no-answer': 'The customer’s message gets no answer within the promised time',
  bounce: 'The customer’s message bounces',
  'promise-broken': 'A commitment made to the customer is not kept',
  'contact-overload': 'The customer is contacted more often than allowed',
  'tracking-unclear': 'Delivery tracking gives no clear arrival time',
  'channel-unavailable': 'A customer channel is down',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export function isFindingKind(value: string): value is FindingKind {
  return Object.hasOwn(FINDING_KINDS, value);
}

/** The stable catalogue of degradation kinds: the experience works, but worse than promised. */
export const DEGRADATION_KINDS = {
  'slow-journey': 'The journey took longer than its @max-duration threshold',
  'soft-expectation': 'A soft expectation was not met (the journey went on)',
} as const;

export type DegradationKind = keyof typeof DEGRADATION_KINDS;
