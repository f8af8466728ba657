import { randomBytes } from 'node:crypto';
import type { Capture, ChargeRequest } from '../../payment-gateway/api.ts';
import type { PaymentGatewayClient } from '../../payment-gateway/gateway-client.ts';
import type { FaultSet } from '../../faults.ts';
import { CURRENCY } from './flight-catalogue.ts';
import type { FlightOrder, PaymentAttempt } from './orders.ts';
import type { PaymentRecords } from './payment-records.ts';
import type { TicketOffice } from './ticket-office.ts';

export type PaymentResult =
  | { kind: 'confirmed'; amount: number; cardLast4: string }
  | { kind: 'failed'; reason: 'declined' | 'no-answer' | 'booking-failed'; message: string };

/** The fare after the hold expired, as re-quoted at today's price (the double-charge fault). */
const REPRICED_FARE = 1.25;

/**
 * Takes payment for a flight order through the gateway. A retry after an unanswered attempt
 * repeats that attempt's idempotency key, so that the gateway answers what it did and never takes
 * the money twice; only a declined attempt is followed by a new one.
 */
export class Checkout {
  constructor(
    private readonly gateway: PaymentGatewayClient,
    private readonly payments: PaymentRecords,
    private readonly tickets: TicketOffice,
    private readonly faults: FaultSet,
  ) {}

  async pay(order: FlightOrder, card: ChargeRequest['card']): Promise<PaymentResult> {
    if (order.status === 'paid' && order.paid) return { kind: 'confirmed', ...order.paid };
    const attempt = this.#nextAttempt(order);
    let result = await this.gateway.charge({ order: order.ref, amount: attempt.amount, currency: CURRENCY, card }, attempt.idempotencyKey);
    if (this.faults.has('double-charge-on-retry') && order.attempts.length === 1) {
      // The fault: the checkout gives up waiting for the first answer, although the gateway captured.
      result = { outcome: 'unknown', reason: 'timed out waiting for the payment provider' };
    }
    attempt.outcome = result.outcome;
    switch (result.outcome) {
      case 'declined':
        return { kind: 'failed', reason: 'declined', message: `${result.message}. You have not been charged.` };
      case 'unknown':
        return { kind: 'failed', reason: 'no-answer', message: 'Our payment provider did not answer in time. Please try again.' };
      case 'captured':
        return this.#complete(order, attempt, result.capture);
    }
  }

  #complete(order: FlightOrder, attempt: PaymentAttempt, capture: Capture): PaymentResult {
    attempt.capture = capture;
    if (this.payments.record(capture)) this.tickets.issue(order, capture);
    if (this.faults.has('ambiguous-payment-error')) {
      // The fault: the booking system never confirms the seat, so the web order stays unpaid,
      // although the money was taken and the back office (and payment help) saw it arrive.
      return { kind: 'failed', reason: 'booking-failed', message: 'Something went wrong while completing your booking. Please try again.' };
    }
    order.status = 'paid';
    order.paid = { amount: capture.amount, cardLast4: capture.cardLast4 };
    return { kind: 'confirmed', ...order.paid };
  }

  #nextAttempt(order: FlightOrder): PaymentAttempt {
    const last = order.attempts.at(-1);
    const doubleChargeFault = this.faults.has('double-charge-on-retry');
    const repeatLast = last !== undefined && (last.outcome === 'captured' || (last.outcome === 'unknown' && !doubleChargeFault));
    if (repeatLast) return last;
    // With the fault, an unanswered attempt counts as failed: a new key, at a re-quoted fare.
    const amount = doubleChargeFault && last?.outcome === 'unknown' ? Math.round(order.price * REPRICED_FARE) : order.price;
    const attempt: PaymentAttempt = {
      idempotencyKey: `${order.ref}-${order.attempts.length + 1}-${randomBytes(6).toString('hex')}`,
      amount,
      outcome: 'pending',
    };
    order.attempts.push(attempt);
    return attempt;
  }
}
