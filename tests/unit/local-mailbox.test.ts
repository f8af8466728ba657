import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import { startLocalMailServer, type LocalMailServer } from '../../src/channels/email/local-mail-server.ts';
import { SmtpMailSender } from '../../src/channels/email/smtp-mail-sender.ts';
import { simpleParser } from 'mailparser';
import { detectBounce } from '../../src/mail/bounce.ts';

let storeDir: string;
let server: LocalMailServer;
let company: { port: number; close(): Promise<void> };
const routes: Record<string, { host: string; port: number }> = {};

before(async () => {
  storeDir = await mkdtemp(path.join(os.tmpdir(), 'mailbox-test-'));
  company = await startRefusingCompany();
  routes['company.test'] = { host: '127.0.0.1', port: company.port };
  server = await startLocalMailServer({ storeDir, localDomains: ['shopper.test'], routes });
});
after(async () => {
  await server.stop();
  await company.close();
});

describe('local mailbox', () => {
  test('keeps each message on disk and finds it by recipient, sender and subject', async () => {
    await send({ from: 'news@company.test', to: 'ann+a@shopper.test', subject: 'Spring sale', text: 'hello' });
    const mailbox = new LocalMailbox(storeDir);
    const [email] = await mailbox.list({ to: 'ann+a@shopper.test', from: 'news@company.test', subject: /spring/i });
    assert.equal(email?.subject, 'Spring sale');
    assert.match(email!.source, /^Return-Path: <news@company\.test>/);
    assert.deepEqual(await mailbox.list({ to: 'ann+a@shopper.test', subject: 'Other' }), []);
    const files = await readdir(storeDir);
    assert.ok(files.some((name) => name.endsWith('.eml')) && files.some((name) => name.endsWith('.json')));
  });

  test('nothing is lost between runs: a new mailbox instance sees earlier messages', async () => {
    await send({ from: 'news@company.test', to: 'ann+b@shopper.test', subject: 'Kept', text: 'x' });
    const [email] = await new LocalMailbox(storeDir).list({ to: 'ann+b@shopper.test' });
    assert.equal(email?.subject, 'Kept');
  });

  test('a waiting journey is woken when the message arrives, and only by a matching one', async () => {
    const mailbox = new LocalMailbox(storeDir);
    const since = new Date();
    const waiting = mailbox.waitFor({ to: 'ann+c@shopper.test', subject: 'Wanted', receivedAfter: since }, 10_000);
    await send({ from: 'news@company.test', to: 'ann+c@shopper.test', subject: 'Not this one', text: 'x' });
    const sentAt = Date.now();
    await send({ from: 'news@company.test', to: 'ann+c@shopper.test', subject: 'Wanted', text: 'x' });
    const email = await waiting;
    assert.equal(email?.subject, 'Wanted');
    // Woken by the arrival, far sooner than the 10 s deadline a poller would hit.
    assert.ok(Date.now() - sentAt < 5_000);
  });

  test('waiting gives up at the deadline and says nothing came', async () => {
    const email = await new LocalMailbox(storeDir).waitFor({ to: 'nobody@shopper.test' }, 200);
    assert.equal(email, undefined);
  });

  test("a company's refusal comes back to the persona as an RFC 3464 bounce", async () => {
    const sender = new SmtpMailSender({ host: server.host, port: server.port });
    const sent = await sender.send({ from: 'ann+d@shopper.test', to: 'full@company.test', subject: 'unsubscribe', text: 'please' });
    const notification = await new LocalMailbox(storeDir).waitFor({ to: 'ann+d@shopper.test', from: /mailer-daemon/i }, 10_000);
    assert.ok(notification, 'no bounce arrived');
    const bounce = detectBounce(await simpleParser(notification.source));
    assert.equal(bounce?.standard, true);
    assert.equal(bounce?.recipients[0]?.finalRecipient, 'full@company.test');
    assert.equal(bounce?.recipients[0]?.status, '5.2.2');
    assert.equal(bounce?.originalMessageId, sent.messageId);
  });

  test('mail for strangers is refused: the mailbox is no open relay', async () => {
    await assert.rejects(send({ from: 'x@elsewhere.test', to: 'y@company.test', subject: 'relay?', text: 'x' }), /550/);
  });

  test('a malformed message is kept and read without crashing', async () => {
    const transport = nodemailer.createTransport({ host: server.host, port: server.port, ignoreTLS: true });
    await transport.sendMail({ envelope: { from: 'x@company.test', to: ['ann+e@shopper.test'] }, raw: 'Subject: =?bad?Q?\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n\0garbage' });
    transport.close();
    const [email] = await new LocalMailbox(storeDir).list({ to: 'ann+e@shopper.test' });
    assert.ok(email);
  });

  test('a half-written file from a crashed writer is skipped', async () => {
    await writeFile(path.join(storeDir, '99999999999999-dead.json'), '{"id": "99999');
    const emails = await new LocalMailbox(storeDir).list({});
    assert.ok(emails.length > 0);
  });
});

function send(message: { from: string; to: string; subject: string; text: string }) {
  const transport = nodemailer.createTransport({ host: server.host, port: server.port, ignoreTLS: true });
  return transport.sendMail(message).finally(() => transport.close());
}

/** A company mail server whose every mailbox is full. */
async function startRefusingCompany() {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error('5.2.2 Mailbox full'), { responseCode: 552 }));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
