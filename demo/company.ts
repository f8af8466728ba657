import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Campaigns } from './campaigns.ts';
import { DemoClock } from './clock.ts';
import { DEPARTMENTS } from './departments/index.ts';
import { CustomerRegistry, type Customer } from './customers.ts';
import type { FaultSet } from './faults.ts';
import { startInboundMx } from './mail/inbound-mx.ts';
import { Outbox } from './mail/outbox.ts';
import { unsubscribeMailbox } from './mail/unsubscribe-mailbox.ts';
import { PaymentGatewayClient } from './payment-gateway/gateway-client.ts';
import { startPaymentGateway } from './payment-gateway/gateway.ts';
import { Sessions } from './sessions.ts';
import { PhoneLine } from './phone/phone-line.ts';
import { SalesDesk } from './phone/sales-desk.ts';
import { SmsOutbox } from './sms/sms-outbox.ts';
import { MAIL_DOMAIN } from './shop-identity.ts';
import { Subscriptions } from './subscriptions.ts';
import { createWebHandler } from './web/web-handler.ts';

export interface DemoCompanyOptions {
  faults: FaultSet;
  /** Where the company's outgoing mail goes: plain SMTP, no auth, no TLS. */
  mailRelay: { host: string; port: number };
  /** Marketing cadence per subscriber, email and texts together; default 2000 (a demo "every other day"). */
  campaignIntervalMs?: number;
  /** The phone provider's API base URL, for texts and calls (the harness's local phone network); none: texts are dropped, no call is made. */
  smsGateway?: string;
  /** Real milliseconds per demo month for the company's slow processes; default 500. */
  realMsPerDemoMonth?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: any free port. */
  webPort?: number;
  /** Default 0: any free port. */
  smtpPort?: number;
}

export interface DemoCompany {
  webUrl: string;
  /** The company's inbound MX. */
  smtp: { host: string; port: number };
  mailDomain: typeof MAIL_DOMAIN;
  /** The shop's payment provider, a separate service; its restricted key only reads the ledger. */
  paymentGateway: { url: string; ledgerKey: string };
  /** Closes the web site, the MX, the campaign timers and the outgoing mail connections. */
  stop(): Promise<void>;
}

/** Starts Demo Shop: its web site, its inbound MX, its payment gateway and its marketing mail, with the given faults switched on. */
export async function startDemoCompany(options: DemoCompanyOptions): Promise<DemoCompany> {
  const host = options.host ?? '127.0.0.1';
  const gateway = await startPaymentGateway({ host });
  // The web server listens before it has a handler: the marketing mail needs the site's URL,
  // and nobody can send a request before that URL is handed out.
  const web = createServer();
  await listen(web, options.webPort ?? 0, host).catch(async (error: unknown) => {
    await gateway.stop();
    throw error;
  });
  const webUrl = `http://${host.includes(':') ? `[${host}]` : host}:${(web.address() as AddressInfo).port}`;

  const outbox = new Outbox(options.mailRelay);
  const sms = new SmsOutbox(options.smsGateway);
  const salesDesk = new SalesDesk(new PhoneLine(options.smsGateway), options.faults);
  const campaigns = new Campaigns({ outbox, sms, salesDesk, webUrl, intervalMs: options.campaignIntervalMs ?? 2000, faults: options.faults });
  const customers = new CustomerRegistry();
  const sessions = new Sessions();
  const subscriptions = new Subscriptions(campaigns, salesDesk, options.faults);
  const clock = new DemoClock(options.realMsPerDemoMonth);
  const paymentGateway = new PaymentGatewayClient({ url: gateway.url, secretKey: gateway.secretKey });
  const context = { webUrl, faults: options.faults, clock, outbox, sms, customers, sessions, paymentGateway };
  const departments = DEPARTMENTS.map((create) => create(context));
  web.on(
    'request',
    createWebHandler(
      { customers, sessions, subscriptions, faults: options.faults, accountSections: departments.flatMap((department) => (department.accountSection ? [(customer: Customer) => department.accountSection!(customer)] : [])) },
      departments.flatMap((department) => department.routes),
    ),
  );

  const stopMailAndWeb = async (): Promise<void> => {
    clock.stop();
    await Promise.all(departments.map((department) => department.stop?.()));
    outbox.close();
    await campaigns.stop();
    await closeWebServer(web);
    await gateway.stop();
  };
  const mx = await startInboundMx({
    host,
    port: options.smtpPort ?? 0,
    mailboxes: {
      unsubscribe: unsubscribeMailbox(customers, subscriptions),
      ...Object.assign({}, ...departments.map((department) => department.mailboxes ?? {})),
    },
    fullMailboxes: new Set([
      ...(options.faults.has('unsubscribe-mailbox-full') ? ['unsubscribe'] : []),
      ...departments.flatMap((department) => department.fullMailboxes ?? []),
    ]),
  }).catch(async (error: unknown) => {
    await stopMailAndWeb();
    throw error;
  });

  let stopping: Promise<void> | undefined;
  return {
    webUrl,
    smtp: { host, port: mx.port },
    mailDomain: MAIL_DOMAIN,
    paymentGateway: { url: gateway.url, ledgerKey: gateway.ledgerKey },
    stop: () => (stopping ??= Promise.all([stopMailAndWeb(), mx.close()]).then(() => undefined)),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeWebServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections of browsers and fetch() would otherwise hold close() open.
    server.closeAllConnections();
  });
}
