import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { startLocalMailServer } from '../../src/channels/email/local-mail-server.ts';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import type { MailRoutes } from '../../src/channels/email/onward-delivery.ts';
import { startLocalPhoneNetwork } from '../../src/channels/sms/local-phone-network.ts';
import { LocalSmsInbox } from '../../src/channels/sms/local-sms-inbox.ts';

/** Demo Shop with real channels around it: the personas' mail provider and phone network, on disk in a temp folder. */
export interface DemoLab {
  company: DemoCompany;
  mailbox: LocalMailbox;
  sms: LocalSmsInbox;
}

export async function withDemoLab(faults: string, options: { campaignIntervalMs?: number }, use: (lab: DemoLab) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'demo-lab-'));
  const routes: MailRoutes = {};
  const mailServer = await startLocalMailServer({ storeDir: path.join(dir, 'mailbox'), localDomains: ['shopper.test'], routes });
  const phoneNetwork = await startLocalPhoneNetwork({ storeDir: path.join(dir, 'sms'), callStoreDir: path.join(dir, 'calls') });
  try {
    const company = await startDemoCompany({
      faults: parseFaults(faults),
      mailRelay: { host: mailServer.host, port: mailServer.port },
      smsGateway: phoneNetwork.url,
      campaignIntervalMs: options.campaignIntervalMs,
    });
    routes[company.mailDomain] = company.smtp;
    try {
      await use({ company, mailbox: new LocalMailbox(path.join(dir, 'mailbox')), sms: new LocalSmsInbox(path.join(dir, 'sms')) });
    } finally {
      await company.stop();
    }
  } finally {
    await Promise.all([mailServer.stop(), phoneNetwork.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}

/** A form POST as a browser sends it, without following redirects. */
export function postForm(url: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: cookie === undefined ? {} : { cookie },
    redirect: 'manual',
  });
}

/** The session cookie a sign-up or sign-in response sets, ready for a Cookie header. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`No session cookie in the response (status ${response.status})`);
  return cookie;
}
