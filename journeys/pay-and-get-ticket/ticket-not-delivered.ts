import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';

/** What the traveller paid for, and what they were promised about the ticket. */
export interface PaidOrder {
  orderNumber: string;
  flight: string;
  /** What was charged, as the customer reads it: "EUR 412.00", or "EUR 412.00 and EUR 515.00". */
  paid: string;
  address: string;
  /** The ticket delivery SLA, counted from the end of paying. */
  slaMs: number;
}

/** The finding when no email naming the order came within the ticket delivery SLA. */
export function ticketNotDelivered(order: PaidOrder): FindingDraft {
  const { orderNumber, flight, paid, address } = order;
  const sla = formatDuration(order.slaMs);
  return {
    kind: 'ticket-not-delivered',
    customerImpact: `I paid ${paid} for order ${orderNumber} (${flight}), but no ticket arrived by email within ${sla}`,
    expected: `An email with the ticket for order ${orderNumber} within ${sla} of paying (the ticket delivery SLA)`,
    observed: `No email naming ${orderNumber} reached ${address} within ${sla} after the payment`,
  };
}
