import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';

/** What the shopper paid for, and what they were promised about its proof (e-ticket, order confirmation). */
export interface PaidOrder {
  orderNumber: string;
  /** What was bought, in the shop's words. */
  item: string;
  /** What was charged, as the customer reads it: "EUR 412.00", or "EUR 412.00 and EUR 515.00". */
  paid: string;
  address: string;
  /** What the target calls the proof of purchase it emails, e.g. "e-ticket" (targets.<id>.checkout.proof). */
  proof: string;
  /** The proof's delivery SLA (timing.ticketDeliverySla), counted from the end of paying. */
  slaMs: number;
}

/** The finding when no email naming the order came within the delivery SLA. */
export function ticketNotDelivered(order: PaidOrder): FindingDraft {
  const { orderNumber, item, paid, address, proof } = order;
  const sla = formatDuration(order.slaMs);
  return {
    kind: 'ticket-not-delivered',
    customerImpact: `I paid ${paid} for order ${orderNumber} (${item}), but no ${proof} arrived by email within ${sla}`,
    expected: `An email with the ${proof} for order ${orderNumber} within ${sla} of paying (the delivery SLA)`,
    observed: `No email naming ${orderNumber} reached ${address} within ${sla} after the payment`,
  };
}
