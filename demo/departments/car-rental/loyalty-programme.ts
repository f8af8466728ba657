import { randomInt } from 'node:crypto';
import type { Customer } from '../../customers.ts';

const CARD_PREFIX = '7012';

/** Drive Club, the car-rental loyalty programme: one card per customer account, kept in memory. */
export class LoyaltyProgramme {
  readonly #cardByEmail = new Map<string, string>();
  readonly #emailByCard = new Map<string, string>();

  /** The customer's card number (12 digits), issuing one on first joining. */
  join(customer: Customer): string {
    const existing = this.cardOf(customer);
    if (existing !== undefined) return existing;
    let card: string;
    do card = `${CARD_PREFIX}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    while (this.#emailByCard.has(card));
    this.#cardByEmail.set(customer.email, card);
    this.#emailByCard.set(card, customer.email);
    return card;
  }

  cardOf(customer: Customer): string | undefined {
    return this.#cardByEmail.get(customer.email);
  }

  /** The email address of the card's holder; spaces and hyphens as printed on the card are ignored. */
  holderOf(cardNumber: string): string | undefined {
    return this.#emailByCard.get(cardNumber.replace(/[\s-]/g, ''));
  }
}

/** "7012 3456 7890", as printed on the card. */
export function printedCardNumber(card: string): string {
  return card.replace(/(\d{4})(?=\d)/g, '$1 ');
}
