// Lampbutiken's switchable faults: each is a seed story of the pay-and-get-ticket journey, as it
// happens in a shop that sells lamps, not flights.

export interface LampbutikenFault {
  name: string;
  /** What a customer lives through, in plain words. */
  description: string;
  /** The finding kinds the pay-and-get-ticket journey should report. */
  kinds: readonly string[];
}

export const LAMPBUTIKEN_FAULTS: readonly LampbutikenFault[] = [
  {
    name: 'double-charge',
    description: 'The first payment is taken by Stripe, but the shop answers that it failed; paying again takes the money a second time.',
    kinds: ['double-charge'],
  },
  {
    name: 'amount-mismatch',
    description: 'The checkout shows the lamp\'s price, and the payment adds a delivery fee nobody was shown.',
    kinds: ['amount-mismatch'],
  },
  {
    name: 'ambiguous-payment-error',
    description: 'The payment is taken, the checkout answers with an error, and the order list says "being processed"; the confirmation still comes.',
    kinds: ['ambiguous-payment-error'],
  },
  {
    name: 'confirmation-not-sent',
    description: 'The order is paid, and no order confirmation is ever emailed.',
    kinds: ['ticket-not-delivered'],
  },
];

/** The faults switched on, changeable while the shop runs: each request reads it when it acts. */
export class Faults {
  #on = new Set<string>();

  constructor(names: Iterable<string> = []) {
    this.set(names);
  }

  has(name: string): boolean {
    return this.#on.has(name);
  }

  /** Replaces the set; an unknown name throws, naming the known ones. */
  set(names: Iterable<string>): void {
    const next = new Set(names);
    const unknown = [...next].filter((name) => !LAMPBUTIKEN_FAULTS.some((fault) => fault.name === name));
    if (unknown.length > 0) throw new Error(`Unknown Lampbutiken fault "${unknown.join(', ')}"; known: ${LAMPBUTIKEN_FAULTS.map((fault) => fault.name).join(', ')}`);
    this.#on = next;
  }
}
