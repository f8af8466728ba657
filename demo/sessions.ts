import { randomBytes } from 'node:crypto';
import type { Customer } from './customers.ts';

const COOKIE_NAME = 'demo_shop_session';

/** Signed-in browsers: a random session id in an HttpOnly cookie, mapped to the customer in memory. */
export class Sessions {
  readonly #customerBySessionId = new Map<string, Customer>();

  /** Opens a session and returns the Set-Cookie header value that carries it. */
  signIn(customer: Customer): string {
    const sessionId = randomBytes(32).toString('base64url');
    this.#customerBySessionId.set(sessionId, customer);
    return `${COOKIE_NAME}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
  }

  /** The customer signed in by the request's Cookie header, if any. */
  signedInCustomer(cookieHeader: string | undefined): Customer | undefined {
    const sessionId = readCookie(cookieHeader ?? '', COOKIE_NAME);
    return sessionId === undefined ? undefined : this.#customerBySessionId.get(sessionId);
  }
}

function readCookie(cookieHeader: string, name: string): string | undefined {
  for (const pair of cookieHeader.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
