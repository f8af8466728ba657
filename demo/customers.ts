import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords.ts';

export interface Customer {
  readonly email: string;
  readonly passwordHash: string;
  /** Unguessable, so that an unsubscribe link cannot be forged for someone else. */
  readonly unsubscribeToken: string;
  /** Offers by email. */
  wantsOffers: boolean;
  /** E.164, once the customer gave one. */
  mobile: string | undefined;
  /** Offers by text, to `mobile`. */
  wantsTextOffers: boolean;
  /** Sales calls, to `mobile`. */
  wantsCalls: boolean;
  /** Ids of the products the customer bought and holds (policies). */
  readonly holdings: Set<string>;
}

/** The shop's customer records, in memory: one per email address. */
export class CustomerRegistry {
  readonly #byEmail = new Map<string, Customer>();
  readonly #byUnsubscribeToken = new Map<string, Customer>();

  /** A new customer starts without offers; opting in is the subscriptions' job. */
  async register(email: string, password: string): Promise<Customer> {
    const customer: Customer = {
      email,
      passwordHash: await hashPassword(password),
      unsubscribeToken: randomBytes(24).toString('base64url'),
      wantsOffers: false,
      mobile: undefined,
      wantsTextOffers: false,
      wantsCalls: false,
      holdings: new Set(),
    };
    this.#byEmail.set(email, customer);
    this.#byUnsubscribeToken.set(customer.unsubscribeToken, customer);
    return customer;
  }

  findByEmail(email: string): Customer | undefined {
    return this.#byEmail.get(normalizeEmail(email));
  }

  findByUnsubscribeToken(token: string): Customer | undefined {
    return this.#byUnsubscribeToken.get(token);
  }

  async authenticate(email: string, password: string): Promise<Customer | undefined> {
    const customer = this.findByEmail(email);
    if (customer === undefined) return undefined;
    return (await verifyPassword(password, customer.passwordHash)) ? customer : undefined;
  }
}

/** Lower-cased address when it looks like one, else undefined. */
export function parseEmailAddress(input: string): string | undefined {
  const email = normalizeEmail(input);
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}

/** The number in E.164 ("+447700900123") when it looks like a mobile number, else undefined. */
export function parseMobileNumber(input: string): string | undefined {
  const compact = input.trim().replace(/[\s().-]/g, '').replace(/^00/, '+');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : undefined;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
