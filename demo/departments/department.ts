import type { ParsedMail } from 'mailparser';
import type { DemoClock } from '../clock.ts';
import type { Customer, CustomerRegistry } from '../customers.ts';
import type { FaultSet } from '../faults.ts';
import type { Outbox } from '../mail/outbox.ts';
import type { PaymentGatewayClient } from '../payment-gateway/gateway-client.ts';
import type { Sessions } from '../sessions.ts';
import type { SmsOutbox } from '../sms/sms-outbox.ts';
import type { Route } from '../web/route.ts';

/** What every department of the demo company shares. */
export interface DepartmentContext {
  webUrl: string;
  faults: FaultSet;
  clock: DemoClock;
  outbox: Outbox;
  sms: SmsOutbox;
  customers: CustomerRegistry;
  sessions: Sessions;
  /** The shop's account at its payment provider. */
  paymentGateway: PaymentGatewayClient;
}

/**
 * One part of the demo company (car rental, flights, support desk…): its web pages, the mailboxes
 * it reads at the shop's mail domain, and its background processes.
 */
export interface Department {
  name: string;
  routes: readonly Route[];
  /** Inbound mail by local part, e.g. `{ support: (mail) => … }` for support@demo-shop.test. */
  mailboxes?: Record<string, (mail: ParsedMail) => void | Promise<void>>;
  /** Local parts whose mailbox answers 552 (a fault). */
  fullMailboxes?: readonly string[];
  /** HTML shown on the signed-in customer's account page (orders, memberships, loyalty card…). */
  accountSection?(customer: Customer): string;
  /** Stops timers and waits for work in flight. */
  stop?(): Promise<void>;
}

export type DepartmentFactory = (context: DepartmentContext) => Department;
