import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords.ts';

export interface Customer {
  readonly email: string;
  readonly passwordHash: string;
  /** Unguessable, so that an unsubscribe link cannot be forged for someone else. */
  readonly unsubscribeToken: string;
  wantsOffers: boolean;
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

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
