import type { Capture } from '../../payment-gateway/api.ts';

/**
 * The back office's record of money received per order: what the payments team, ticketing and
 * payment help see. The web shop's order status is kept apart, in FlightOrders.
 */
export class PaymentRecords {
  readonly #byOrder = new Map<string, Capture[]>();

  /** Records a capture once; true when it is the order's first. */
  record(capture: Capture): boolean {
    const captures = this.#byOrder.get(capture.order) ?? [];
    if (captures.some((known) => known.id === capture.id)) return false;
    this.#byOrder.set(capture.order, [...captures, capture]);
    return captures.length === 0;
  }

  capturesFor(ref: string): readonly Capture[] {
    return this.#byOrder.get(ref) ?? [];
  }
}
