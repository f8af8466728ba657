import { randomInt, randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { Capture } from '../../payment-gateway/api.ts';
import type { FaultSet } from '../../faults.ts';
import { escapeHtml } from '../../html.ts';
import type { Outbox } from '../../mail/outbox.ts';
import { MAIL_DOMAIN, SHOP_NAME } from '../../shop-identity.ts';
import { flightName, formatEuro } from './flight-catalogue.ts';
import type { FlightOrder } from './orders.ts';

export const TICKET_SENDER = `${SHOP_NAME} Flights <tickets@${MAIL_DOMAIN}>`;

/** Issues the e-ticket once the money for an order has arrived, and emails it to the customer. */
export class TicketOffice {
  readonly #sending = new Set<Promise<unknown>>();

  constructor(
    private readonly outbox: Outbox,
    private readonly faults: FaultSet,
  ) {}

  issue(order: FlightOrder, capture: Capture): void {
    // The fault: the ticket is issued in the booking system but its email is never sent.
    if (this.faults.has('ticket-not-sent')) return;
    const sending = this.outbox.send(composeTicketMail(order, capture)).finally(() => this.#sending.delete(sending));
    this.#sending.add(sending);
  }

  /** Waits for tickets still being sent. */
  async settle(): Promise<void> {
    await Promise.all(this.#sending);
  }
}

export function composeTicketMail(order: FlightOrder, capture: Capture): SendMailOptions {
  const flight = flightName(order.flight);
  const subject = `Your e-ticket for order ${order.ref}: ${flight}`;
  const departure = `${order.departureDate.toDateString()} at ${order.flight.departs}`;
  const ticketNumber = `176-${String(randomInt(1_000_000_000, 9_999_999_999))}`;
  const details: Array<[string, string]> = [
    ['Order number', order.ref],
    ['Flight', flight],
    ['Departure', departure],
    ['E-ticket number', ticketNumber],
    ['Amount paid', `${formatEuro(capture.amount)} (card ending ${capture.cardLast4})`],
  ];
  return {
    from: TICKET_SENDER,
    to: order.customerEmail,
    subject,
    messageId: `<${randomUUID()}@${MAIL_DOMAIN}>`,
    text: [
      `Thank you for flying with ${SHOP_NAME}. Here is your e-ticket.`,
      '',
      ...details.map(([label, value]) => `${label}: ${value}`),
      '',
      'Please show this email at check-in.',
    ].join('\n'),
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
  <h1 style="color: #1d6b52;">${escapeHtml(SHOP_NAME)} e-ticket</h1>
  <p>Thank you for flying with ${escapeHtml(SHOP_NAME)}. Here is your e-ticket.</p>
  <table>${details.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>
  <p>Please show this email at check-in.</p>
</body>
</html>`,
  };
}
