import { randomInt } from 'node:crypto';
import type { Product } from '../../products.ts';
import type { DeliverySlot } from './delivery-plan.ts';

/** One scan of the parcel in the carrier's system, and what it means for the customer. */
export interface CarrierEvent {
  at: Date;
  /** As the carrier's system records it: EDI messages, terminal codes, status codes. */
  internal: string;
  /** The same event in the customer's words. */
  plain: string;
}

export interface Recipient {
  name: string;
  email: string;
  mobile: string | undefined;
  address: string;
}

export interface Parcel {
  id: string;
  product: Product;
  recipient: Recipient;
  delivery: 'home' | 'pick-up';
  slot: DeliverySlot;
  events: CarrierEvent[];
}

/** The deliveries department's parcels, in memory. */
export class Parcels {
  readonly #byId = new Map<string, Parcel>();

  add(parcel: Omit<Parcel, 'id' | 'events'>): Parcel {
    let id: string;
    do id = `DS${randomInt(10_000, 100_000)}`;
    while (this.#byId.has(id));
    const created: Parcel = { ...parcel, id, events: [] };
    this.#byId.set(id, created);
    return created;
  }

  find(id: string): Parcel | undefined {
    return this.#byId.get(id.trim().toUpperCase());
  }

  /** The parcels ordered with this email address, newest first. */
  forEmail(email: string): Parcel[] {
    return [...this.#byId.values()].filter((parcel) => parcel.recipient.email === email).reverse();
  }
}
