import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import { startLocalMailServer, type LocalMailServer } from '../../src/channels/email/local-mail-server.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import { startPostfix, type PostfixServer } from '../support/postfix.ts';

/**
 * Bounce detection on notifications written by a real MTA, not by hand: Debian's Postfix plays the
 * shopper's provider, the company's server refuses, and Postfix returns its own RFC 3464 report.
 */
describe('bounces produced by a real Postfix', () => {
  let storeDir: string;
  let shopperMail: LocalMailServer;
  let company: SMTPServer;
  let postfix: PostfixServer;

  before(async () => {
    storeDir = await mkdtemp(path.join(os.tmpdir(), 'postfix-bounces-'));
    shopperMail = await startLocalMailServer({ storeDir, localDomains: ['shopper.test'], routes: {} });
    company = await startRefusingCompany();
    postfix = await startPostfix({
      'company.test': { host: '127.0.0.1', port: (company.server.address() as AddressInfo).port },
      'shopper.test': { host: shopperMail.host, port: shopperMail.port },
    });
  });
  after(async () => {
    await postfix?.stop();
    await new Promise((resolve) => company?.close(() => resolve(undefined)));
    await shopperMail?.stop();
  });

  for (const [recipient, status, reason] of [
    ['full@company.test', '5.2.2', 'a full mailbox'],
    ['nobody@company.test', '5.1.1', 'an unknown user'],
  ] as const) {
    test(`${reason}: the bounce names the recipient, the status and the original message`, async () => {
      const sender = `sam+${status.replaceAll('.', '')}@shopper.test`;
      const envelopeId = `ms-${status.replaceAll('.', '')}-${Date.now()}`;
      const transport = nodemailer.createTransport({ host: postfix.smtp.host, port: postfix.smtp.port, ignoreTLS: true });
      const sent = await transport.sendMail({
        from: sender,
        to: recipient,
        subject: 'unsubscribe',
        text: 'Please unsubscribe me.',
        dsn: { id: envelopeId, return: 'headers', notify: ['failure', 'delay'], recipient: sender },
      });
      transport.close();

      const notification = await new LocalMailbox(storeDir).waitFor({ to: sender, from: /mailer-daemon/i }, 30_000);
      assert.ok(notification, `no bounce from Postfix; its log:\n${await postfix.log()}`);
      const bounce = detectBounce(await simpleParser(notification.source));
      assert.ok(bounce, `not recognised as a bounce:\n${notification.source}`);
      assert.equal(bounce.standard, true);
      assert.equal(bounce.recipients[0]?.finalRecipient, recipient);
      assert.equal(bounce.recipients[0]?.status, status);
      assert.equal(bounce.originalEnvelopeId, envelopeId);
      assert.equal(bounce.originalMessageId, sent.messageId);
    });
  }
});

async function startRefusingCompany(): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('full@')) return callback(Object.assign(new Error('5.2.2 Mailbox full'), { responseCode: 552 }));
      callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
