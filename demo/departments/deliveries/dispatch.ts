import type { DepartmentContext } from '../department.ts';
import { arrivedAtDepot, preNoticeReceived, redirectedToPickUpPoint, sortedAtHub } from './carrier-events.ts';
import { advanceNoticeMail, advanceNoticeText, orderConfirmationMail } from './delivery-messages.ts';
import type { Parcel } from './parcels.ts';

const HOUR_MS = 3_600_000;

/**
 * Hands parcels to the carrier and keeps the customer informed: the order confirmation at once,
 * the carrier's scans over the next demo day, and the advance notice the day before delivery.
 */
export class Dispatch {
  // Messages still being sent, so that stop() can wait for them.
  readonly #sends = new Set<Promise<unknown>>();

  constructor(private readonly context: DepartmentContext) {}

  ship(parcel: Parcel): void {
    const { clock, faults, outbox, webUrl } = this.context;
    const orderedAt = clock.now();
    // Scans are dated by the carrier's plan, not by when a busy timer fires.
    const hoursLater = (hours: number) => new Date(orderedAt.getTime() + hours * HOUR_MS);
    parcel.events.push(preNoticeReceived(orderedAt));
    this.#track(outbox.send(orderConfirmationMail(parcel, webUrl)));
    clock.after({ hours: 6 }, () => {
      parcel.events.push(sortedAtHub(hoursLater(6)));
    });
    clock.after({ hours: 20 }, () => {
      parcel.events.push(arrivedAtDepot(hoursLater(20)));
      // The fault: the courier sets out without a word to the customer.
      if (!faults.has('delivery-no-notice')) this.#notify(parcel);
    });
  }

  /** The customer's choice on the tracking page: the courier leaves the parcel at the pick-up point. */
  redirectToPickUpPoint(parcel: Parcel): void {
    if (parcel.delivery === 'pick-up') return;
    parcel.delivery = 'pick-up';
    parcel.events.push(redirectedToPickUpPoint(this.context.clock.now()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.#sends);
  }

  #notify(parcel: Parcel): void {
    const { outbox, sms, webUrl } = this.context;
    this.#track(outbox.send(advanceNoticeMail(parcel, webUrl)));
    const mobile = parcel.recipient.mobile;
    if (mobile !== undefined) this.#track(sms.send(advanceNoticeText(parcel, mobile, webUrl)));
  }

  #track(send: Promise<unknown>): void {
    this.#sends.add(send);
    void send.finally(() => this.#sends.delete(send));
  }
}
