import type { Customer, CustomerRegistry } from '../customers.ts';
import type { FaultSet } from '../faults.ts';
import type { Sessions } from '../sessions.ts';
import type { Subscriptions } from '../subscriptions.ts';
import type { WebResponse } from './page.ts';

/** What the web pages work with: the company's state and its switched-on faults. */
export interface Shop {
  customers: CustomerRegistry;
  sessions: Sessions;
  subscriptions: Subscriptions;
  faults: FaultSet;
  /** What each department shows on the account page. */
  accountSections: ReadonlyArray<(customer: Customer) => string>;
}

export interface WebRequest {
  path: string;
  query: URLSearchParams;
  /** Capture groups of the route's path pattern. */
  params: string[];
  signedInCustomer: Customer | undefined;
  readForm(): Promise<URLSearchParams>;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string | RegExp;
  handle(request: WebRequest, shop: Shop): WebResponse | Promise<WebResponse>;
}
