import type { Faults } from './faults.ts';
import { newToken } from './tokens.ts';

export type SubscriptionState = 'awaiting-confirmation' | 'active' | 'cancelled';

export interface Subscriber {
  /** Exactly as the customer typed it (sub-addresses included): mail goes To: this. */
  address: string;
  state: SubscriptionState;
  /** In the double opt-in link only. */
  confirmToken: string;
  /** In every unsubscribe and preferences link of this subscriber. */
  listToken: string;
  frequency: 'viikoittain' | 'kuukausittain';
}

/** The newsletter's subscriber list, in memory. */
export class Subscribers {
  readonly #byKey = new Map<string, Subscriber>();
  readonly #faults: Faults;

  constructor(faults: Faults) {
    this.#faults = faults;
  }

  /** A sign-up: a new subscription waits for confirmation; an active one stays as it is. */
  signUp(address: string): Subscriber {
    const existing = this.#byKey.get(keyOf(address));
    if (existing?.state === 'active') return existing;
    const subscriber: Subscriber = { address, state: 'awaiting-confirmation', confirmToken: newToken(), listToken: newToken(), frequency: 'viikoittain' };
    this.#byKey.set(keyOf(address), subscriber);
    return subscriber;
  }

  /** The double opt-in click; undefined for an unknown token. `firstTime` is false on a second click. */
  confirm(token: string): { subscriber: Subscriber; firstTime: boolean } | undefined {
    const subscriber = this.#find((candidate) => candidate.confirmToken === token);
    if (!subscriber) return undefined;
    const firstTime = subscriber.state === 'awaiting-confirmation';
    if (firstTime) subscriber.state = 'active';
    return { subscriber, firstTime };
  }

  byListToken(token: string): Subscriber | undefined {
    return this.#find((candidate) => candidate.listToken === token);
  }

  byAddress(address: string): Subscriber | undefined {
    return this.#byKey.get(keyOf(address));
  }

  /** Ends the subscription, unless the fault "unsubscribe-ignored" is on: then nothing changes, and the caller still says it worked. */
  cancel(subscriber: Subscriber): void {
    if (this.#faults.has('unsubscribe-ignored')) return;
    subscriber.state = 'cancelled';
  }

  active(): Subscriber[] {
    return [...this.#byKey.values()].filter((subscriber) => subscriber.state === 'active');
  }

  #find(match: (subscriber: Subscriber) => boolean): Subscriber | undefined {
    return [...this.#byKey.values()].find(match);
  }
}

// Mailbox providers treat the domain case-insensitively, and so does Kauppa with the whole address.
function keyOf(address: string): string {
  return address.trim().toLowerCase();
}
