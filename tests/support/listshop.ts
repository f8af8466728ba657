import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import type { MlmmjList } from './mlmmj.ts';

/** What the list shop can do wrong, each the way real companies do it. */
export type ListshopFault =
  /** A nightly-style "CRM sync" (here every second) puts every address it ever had back on the list: opt-outs are undone. */
  | 'unsubscribe-ignored'
  /** The unsubscribe address the list's List-Unsubscribe names is refused by the company's mail server. */
  | 'unsubscribe-address-bounces';

export const LISTSHOP_FAULTS: readonly ListshopFault[] = ['unsubscribe-ignored', 'unsubscribe-address-bounces'];

export interface ListshopOptions {
  list: MlmmjList;
  /** The company's MTA, where the campaign is posted to the list. */
  smtp: { host: string; port: number };
  /** The campaign's sender: one of the list's moderators (modonlypost). */
  sender: string;
  /** How often a campaign goes out to the list (ms). */
  campaignEveryMs?: number;
  /** 'double' (default): mlmmj mails a confirmation request to reply to; 'single': subscribed at once, with mlmmj's welcome. */
  optIn?: 'double' | 'single';
  /** How often the "CRM sync" of the unsubscribe-ignored fault runs (ms). */
  crmSyncEveryMs?: number;
}

export interface Listshop {
  url: string;
  /** Offers posted to the list so far. */
  campaignsSent: number;
  /** Switches the shop's own faults (the MTA's refusals are the lab's: listshop-lab.ts). */
  setFaults(faults: ListshopFault[]): void;
  stop(): Promise<void>;
}

/**
 * A small shop website in front of an mlmmj newsletter: a sign-up form (double opt-in: mlmmj mails
 * the confirmation request), an unsubscribe page that asks for the email address, and a campaign
 * posted to the list every couple of seconds. Nothing here knows the harness.
 */
export async function startListshop(options: ListshopOptions): Promise<Listshop> {
  const { list } = options;
  let faults = new Set<ListshopFault>();
  // The CRM remembers everyone who was ever on the list (since the last fault switch).
  const crm = new Set<string>();
  const mailer = nodemailer.createTransport({ host: options.smtp.host, port: options.smtp.port, ignoreTLS: true });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => page(response, 500, 'Something went wrong', `<p>${escape(String(error))}</p>`));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://listshop.test');
    if (request.method === 'GET' && url.pathname === '/') {
      return page(response, 200, 'Listshop', '<p>Kitchenware at fair prices.</p><p><a href="/newsletter">Get our weekly offers</a></p>');
    }
    if (url.pathname === '/newsletter') {
      if (request.method === 'GET') return page(response, 200, 'Our weekly offers', emailForm('/newsletter', 'Subscribe'));
      const email = (await formOf(request)).get('email')?.trim() ?? '';
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) return page(response, 400, 'Our weekly offers', `<p>Please enter your email address.</p>${emailForm('/newsletter', 'Subscribe')}`);
      if (options.optIn === 'single') {
        await list.subscribe(email, 'welcome');
        return page(response, 200, 'Thank you', `<p>${escape(email)} is subscribed to our weekly offers.</p>`);
      }
      await list.subscribe(email, 'confirm');
      return page(response, 200, 'Almost done', `<p>We have sent an email to ${escape(email)}. Please reply to it to confirm your subscription.</p>`);
    }
    if (url.pathname === '/unsubscribe') {
      if (request.method === 'GET') return page(response, 200, 'Unsubscribe from our offers', `<p>Enter the address you receive our offers at.</p>${emailForm('/unsubscribe', 'Unsubscribe')}`);
      const email = (await formOf(request)).get('email')?.trim() ?? '';
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) return page(response, 400, 'Unsubscribe from our offers', `<p>Please enter your email address.</p>${emailForm('/unsubscribe', 'Unsubscribe')}`);
      await list.unsubscribe(email, 'goodbye');
      return page(response, 200, 'Unsubscribed', `<p>${escape(email)} has been unsubscribed. You will no longer receive our offers.</p>`);
    }
    return page(response, 404, 'Not found', '<p>There is no such page.</p>');
  }

  let campaign = 0;
  const shop: Listshop = {
    url: '',
    campaignsSent: 0,
    setFaults: (next) => {
      faults = new Set(next);
      crm.clear();
    },
    stop: async () => {
      clearInterval(campaignTimer);
      clearInterval(crmTimer);
      mailer.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };

  // Only while someone is subscribed: a list with no subscribers costs nothing to skip.
  const campaignTimer = setInterval(() => {
    void list
      .subscribers()
      .then(async (subscribers) => {
        if (subscribers.length === 0) return;
        campaign += 1;
        await mailer.sendMail({
          from: `Listshop offers <${options.sender}>`,
          to: `Listshop news <${list.address}>`,
          subject: `This week at Listshop: offer ${campaign}`,
          text: `Hello,\n\nthis week every frying pan is 20 % off, and the knife set is back in stock.\n\nYour Listshop team\n`,
        });
        shop.campaignsSent += 1;
      })
      .catch(() => undefined);
  }, options.campaignEveryMs ?? 2000);
  campaignTimer.unref();

  const crmTimer = setInterval(() => {
    if (!faults.has('unsubscribe-ignored')) return;
    void list
      .subscribers()
      .then(async (subscribers) => {
        for (const address of subscribers) crm.add(address);
        const missing = [...crm].filter((address) => !subscribers.includes(address));
        for (const address of missing) await list.subscribe(address, 'silent');
      })
      .catch(() => undefined);
  }, options.crmSyncEveryMs ?? 1000);
  crmTimer.unref();

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return shop;
}

function emailForm(action: string, button: string): string {
  return `<form method="post" action="${action}">
<label>Email address <input name="email" type="email" required></label>
<button type="submit">${button}</button>
</form>`;
}

function page(response: ServerResponse, status: number, title: string, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><title>${escape(title)} – Listshop</title><h1>${escape(title)}</h1>${body}</html>`);
}

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) body += chunk.toString();
  return new URLSearchParams(body);
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}
