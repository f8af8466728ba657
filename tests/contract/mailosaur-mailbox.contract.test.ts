import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import { MailboxCredentialsRejected, MailboxUnavailable } from '../../src/channels/email/mailbox-errors.ts';
import { MailosaurMailbox } from '../../src/channels/email/mailosaur-mailbox.ts';
import { MailosaurSmsInbox } from '../../src/channels/sms/mailosaur-sms-inbox.ts';
import { startFakeMailosaur, type FakeMailosaur } from '../fakes/mailosaur/fake-mailosaur.ts';
import { mailboxContract } from './mailbox-contract.ts';

const API_KEY = 'test-api-key-not-secret';
const SERVER_ID = 'abcd1234';

mailboxContract('Mailosaur (the official client against a fake of its REST API over HTTPS)', async () => {
  const fake = await startFakeMailosaur({ apiKey: API_KEY, serverId: SERVER_ID });
  const mailbox = new MailosaurMailbox({ apiKey: API_KEY, serverId: SERVER_ID, baseUrl: fake.baseUrl });
  const smtp = nodemailer.createTransport({ host: fake.smtp.host, port: fake.smtp.port, ignoreTLS: true });
  return {
    mailbox,
    address: (tag) => mailbox.address(tag),
    deliver: async (message) => void (await smtp.sendMail(message)),
    deliverRaw: async (from, to, raw) => void (await smtp.sendMail({ envelope: { from, to: [to] }, raw })),
    close: async () => {
      smtp.close();
      await fake.stop();
    },
  };
});

describe('Mailosaur SMS and failures', () => {
  let fake: FakeMailosaur;
  before(async () => {
    fake = await startFakeMailosaur({ apiKey: API_KEY, serverId: SERVER_ID });
  });
  after(() => fake.stop());

  test('a text to the account number wakes the waiting journey', async () => {
    const phone = '+447700900123';
    const inbox = new MailosaurSmsInbox({ apiKey: API_KEY, serverId: SERVER_ID, baseUrl: fake.baseUrl }, phone);
    const since = new Date();
    const waiting = inbox.waitFor({ body: /delivery/i, receivedAfter: since }, 10_000);
    setTimeout(() => fake.receiveSms({ from: 'DemoShop', to: phone, body: 'Your delivery arrives Tuesday 14:00-16:00' }), 300);
    const sms = await waiting;
    assert.equal(sms?.from, 'DemoShop');
    assert.match(sms?.body ?? '', /Tuesday 14:00-16:00/);
    assert.equal(await inbox.waitFor({ body: /never/, receivedAfter: since }, 300), undefined);
  });

  test('a wrong API key is a configuration error naming MAILOSAUR_API_KEY', async () => {
    const mailbox = new MailosaurMailbox({ apiKey: 'wrong', serverId: SERVER_ID, baseUrl: fake.baseUrl });
    await assert.rejects(mailbox.list({}), (error: Error) => error instanceof MailboxCredentialsRejected && /MAILOSAUR_API_KEY/.test(error.message));
  });

  test('an unknown server id is a configuration error naming MAILOSAUR_SERVER_ID', async () => {
    const mailbox = new MailosaurMailbox({ apiKey: API_KEY, serverId: 'zzzz9999', baseUrl: fake.baseUrl });
    await assert.rejects(mailbox.list({}), (error: Error) => error instanceof MailboxCredentialsRejected && /MAILOSAUR_SERVER_ID/.test(error.message));
  });

  test('an unreachable API says so plainly', async () => {
    const mailbox = new MailosaurMailbox({ apiKey: API_KEY, serverId: SERVER_ID, baseUrl: 'https://127.0.0.1:9/' });
    await assert.rejects(mailbox.list({}), (error: Error) => error instanceof MailboxUnavailable && /cannot be reached/.test(error.message));
  });
});
