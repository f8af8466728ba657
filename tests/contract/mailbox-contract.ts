import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Mailbox } from '../../src/channels/email/mailbox.ts';

export interface OutgoingTestMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

/** One mailbox adapter under contract: how to open it, and how mail reaches it. */
export interface MailboxUnderTest {
  mailbox: Mailbox;
  /** A fresh address of this mailbox for one test. */
  address(tag: string): string;
  /** Delivers a message the way the adapter's real world does (SMTP, LMTP, the provider's ingest). */
  deliver(message: OutgoingTestMail): Promise<void>;
  /** Delivers raw bytes, for malformed messages. */
  deliverRaw(from: string, to: string, source: string): Promise<void>;
  /** Where the provider files mail as spam, when it has such a folder. */
  deliverToJunk?(message: OutgoingTestMail): Promise<void>;
  close(): Promise<void>;
}

/**
 * The behaviour every Mailbox adapter must have, so that journeys run unchanged on the local
 * mailbox, a real IMAP mailbox or Mailosaur.
 */
export function mailboxContract(name: string, open: () => Promise<MailboxUnderTest>): void {
  describe(`Mailbox contract: ${name}`, () => {
    let subject: MailboxUnderTest;
    before(async () => {
      subject = await open();
    });
    after(() => subject?.close());

    test('finds a delivered message by recipient, sender and subject, with its raw headers and source', async () => {
      const to = subject.address('find');
      const listUnsubscribe = '<mailto:unsubscribe@company.test?subject=unsubscribe>, <https://company.test/u/1>';
      await subject.deliver({ from: 'news@company.test', to, subject: 'Spring sale', text: 'Offers', headers: { 'List-Unsubscribe': listUnsubscribe } });
      const email = await subject.mailbox.waitFor({ to, from: 'news@company.test', subject: /spring/i }, 10_000);
      assert.ok(email, 'the message was not found');
      assert.equal(email.subject, 'Spring sale');
      assert.equal(email.headers.get('list-unsubscribe')?.[0], listUnsubscribe);
      assert.match(email.source, /Subject: Spring sale/);
      assert.match(email.text ?? '', /Offers/);
      assert.deepEqual(await subject.mailbox.list({ to, subject: 'Something else' }), []);
    });

    test('finds list mail by the address it was delivered to: its To: names the list, not the subscriber', async () => {
      const to = subject.address('list');
      const raw = ['From: Offers <news@company.test>', 'To: Company news <news@lists.company.test>', 'Subject: List offer', 'List-Id: <news.lists.company.test>', 'Message-ID: <list-1@company.test>', '', 'Offers for every subscriber', ''].join('\r\n');
      await subject.deliverRaw('news-bounces@lists.company.test', to, raw);
      const email = await subject.mailbox.waitFor({ to, subject: 'List offer' }, 10_000);
      assert.ok(email, 'list mail delivered to the sub-address was not found');
      assert.deepEqual(email.to, ['news@lists.company.test']);
      assert.deepEqual(await subject.mailbox.list({ to: subject.address('other'), subject: 'List offer' }), []);
    });

    test('tells apart sub-addresses where one begins with the other', async () => {
      const [near, nearby] = [subject.address('near'), subject.address('nearby')];
      await subject.deliver({ from: 'news@company.test', to: nearby, subject: 'For nearby', text: 'x' });
      await subject.deliver({ from: 'news@company.test', to: near, subject: 'For near', text: 'x' });
      const email = await subject.mailbox.waitFor({ to: near, subject: 'For near' }, 10_000);
      assert.ok(email);
      assert.deepEqual((await subject.mailbox.list({ to: near })).map((each) => each.subject), ['For near']);
    });

    test('wakes a waiting journey when the message arrives, long before the deadline', async () => {
      const to = subject.address('wake');
      const since = new Date();
      const waiting = subject.mailbox.waitFor({ to, subject: 'Wanted', receivedAfter: since }, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const deliveredAt = Date.now();
      await subject.deliver({ from: 'news@company.test', to, subject: 'Not this one', text: 'x' });
      await subject.deliver({ from: 'news@company.test', to, subject: 'Wanted', text: 'x' });
      const email = await waiting;
      assert.equal(email?.subject, 'Wanted');
      assert.ok(Date.now() - deliveredAt < 10_000, `woke ${Date.now() - deliveredAt} ms after delivery`);
    });

    test('gives up at the deadline when nothing matching arrives', async () => {
      const started = Date.now();
      assert.equal(await subject.mailbox.waitFor({ to: subject.address('nobody') }, 500), undefined);
      assert.ok(Date.now() - started >= 450);
    });

    test('ignores messages received before the moment asked for', async () => {
      const to = subject.address('after');
      await subject.deliver({ from: 'news@company.test', to, subject: 'Old', text: 'x' });
      await subject.mailbox.waitFor({ to, subject: 'Old' }, 10_000);
      // IMAP's INTERNALDATE has whole seconds: keep a second between the old message, the moment and the new one.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const since = new Date();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await subject.deliver({ from: 'news@company.test', to, subject: 'New', text: 'x' });
      const email = await subject.mailbox.waitFor({ to, receivedAfter: since }, 10_000);
      assert.equal(email?.subject, 'New');
    });

    test('a malformed message is read without crashing', async () => {
      const to = subject.address('malformed');
      await subject.deliverRaw('x@company.test', to, `To: ${to}\r\nSubject: =?bad?Q?\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\ngarbage\r\n`);
      const email = await subject.mailbox.waitFor({ to }, 10_000);
      assert.ok(email, 'the malformed message was not found');
    });

    test('looks in the spam folder too, where the provider has one', async (context) => {
      if (!subject.deliverToJunk) return context.skip('this mailbox has no spam folder');
      const to = subject.address('junk');
      await subject.deliverToJunk({ from: 'news@company.test', to, subject: 'Filed as spam', text: 'x' });
      const email = await subject.mailbox.waitFor({ to, subject: 'Filed as spam' }, 10_000);
      assert.equal(email?.subject, 'Filed as spam');
    });
  });
}
