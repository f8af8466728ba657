import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { ImapMailbox } from '../../src/channels/email/imap-mailbox.ts';
import { type Mailbox } from '../../src/channels/email/mailbox.ts';
import { firstHeader, type ReceivedEmail } from '../../src/mail/received-email.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import { parseListUnsubscribe } from '../../src/mail/list-unsubscribe.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';
import { LIST_ADDRESS, startListshopLab, UNSUBSCRIBE_ADDRESS, type ListshopLab } from '../support/listshop-lab.ts';

/**
 * What real list mail looks like in the shopper's mailbox: Debian's mlmmj runs a company's
 * newsletter behind a real Postfix, and the shopper reads it over IMAP (Dovecot) through the
 * project's own ImapMailbox. The journeys must handle exactly this: notices (confirm, welcome,
 * goodbye) from news+help@ without List-* headers, offers addressed To: the list, confirmation by
 * replying to the notice's Reply-To.
 */
describe('mlmmj list mail through a real Postfix and the IMAP mailbox', () => {
  let lab: ListshopLab;
  let mailbox: ImapMailbox;
  let mailer: ReturnType<typeof nodemailer.createTransport>;
  const WAIT = 20_000;

  before(async () => {
    lab = await startListshopLab({ campaignEveryMs: 1500 });
    mailbox = await ImapMailbox.open({ host: lab.dovecot.imap.host, port: lab.dovecot.imap.port, secure: false, user: 'sam', password: 'listshop-lab-password', address: 'sam@shopper.test' });
    // As the shopper's mail app sends: through the provider.
    mailer = nodemailer.createTransport({ host: lab.provider.smtp.host, port: lab.provider.smtp.port, ignoreTLS: true });
  });
  after(async () => {
    mailer?.close();
    await mailbox?.close();
    await lab?.stop();
  });

  async function signUp(address: string): Promise<void> {
    const response = await fetch(`${lab.shop.url}/newsletter`, { method: 'POST', body: new URLSearchParams({ email: address }) });
    assert.equal(response.status, 200, await response.text());
  }

  async function waitFor(mailboxOf: Mailbox, to: string, subject: RegExp, since: Date): Promise<ReceivedEmail> {
    const email = await mailboxOf.waitFor({ to, subject, receivedAfter: new Date(since.getTime() - 1000) }, WAIT);
    assert.ok(email, `no "${subject.source}" mail for ${to}; subscribers: ${(await lab.list.subscribers()).join(', ')}\n${await lab.logs()}`);
    return email;
  }

  async function reply(to: ReceivedEmail, from: string): Promise<void> {
    const replyTo = firstHeader(to, 'reply-to');
    assert.ok(replyTo, 'the notice has no Reply-To');
    await mailer.sendMail({ from: `Sam Shopper <${from}>`, to: replyTo, subject: `Re: ${to.subject}`, text: 'Yes, please.', inReplyTo: to.messageId });
  }

  /** Double opt-in done the customer's way: the form, then a reply to mlmmj's confirmation request. */
  async function subscribed(address: string): Promise<void> {
    const since = new Date();
    await signUp(address);
    await reply(await waitFor(mailbox, address, /^Confirm subscription/, since), address);
    await waitFor(mailbox, address, /^Welcome to/, since);
  }

  test('signing up on the website sends mlmmj\'s confirmation request; replying to it subscribes, and a welcome follows', async () => {
    const address = mailbox.address('double-opt-in');
    const since = new Date();
    await signUp(address);
    const confirm = await waitFor(mailbox, address, /^Confirm subscription to news@list\.test$/, since);
    assert.equal(confirm.from, 'news+help@list.test');
    assert.deepEqual(confirm.to, [address]);
    assert.match(firstHeader(confirm, 'reply-to') ?? '', /^news\+confsub-[0-9a-f]+-sam\+double-opt-in=shopper\.test@list\.test$/);
    assert.match(confirm.text ?? '', /please send a message to\s+<news\+confsub-/);
    assert.match(confirm.text ?? '', /replying to this message/);
    // A notice, not an offer: no List-* headers, and none of RFC 3834's either.
    for (const header of ['list-unsubscribe', 'list-id', 'auto-submitted', 'precedence']) assert.equal(firstHeader(confirm, header), undefined, header);
    assert.equal(isMarketingEmail(confirm), false);
    assert.ok(!(await lab.list.subscribers()).includes(address), 'subscribed before confirming');

    await reply(confirm, address);
    const welcome = await waitFor(mailbox, address, /^Welcome to news@list\.test$/, since);
    assert.equal(welcome.from, 'news+help@list.test');
    assert.equal(firstHeader(welcome, 'reply-to'), undefined);
    assert.match(welcome.text ?? '', /Thank you for confirming your subscription/);
    assert.match(welcome.text ?? '', /send a message to\s+<news\+unsubscribe@list\.test>/);
    assert.equal(isMarketingEmail(welcome), false);
    assert.ok((await lab.list.subscribers()).includes(address));
  });

  test('an offer is addressed To: the list, yet the subscriber\'s sub-address finds it; it carries List-Unsubscribe (mailto only) and a plain-text footer', async () => {
    const address = mailbox.address('offers');
    await subscribed(address);
    const offer = await mailbox.waitFor({ to: address, where: isMarketingEmail, receivedAfter: new Date() }, WAIT);
    assert.ok(offer, `no offer reached ${address}\n${await lab.logs()}`);
    assert.deepEqual(offer.to, [LIST_ADDRESS]);
    assert.equal(offer.from, 'offers@listshop.test');
    assert.match(offer.subject, /^This week at Listshop/);
    assert.equal(firstHeader(offer, 'list-unsubscribe'), `<mailto:${UNSUBSCRIBE_ADDRESS}>`);
    assert.deepEqual(parseListUnsubscribe(firstHeader(offer, 'list-unsubscribe')).web, []);
    assert.equal(firstHeader(offer, 'list-id'), 'Listshop weekly offers <news.list.test>');
    for (const header of ['list-unsubscribe-post', 'precedence', 'auto-submitted']) assert.equal(firstHeader(offer, header), undefined, header);
    // VERP: the return path names the subscriber; the pipe's X-Original-To names the list.
    assert.match(offer.envelope.from, /^news\+bounces-\d+-sam\+offers=shopper\.test@list\.test$/);
    assert.equal(firstHeader(offer, 'x-original-to'), LIST_ADDRESS);
    assert.ok(offer.envelope.to.includes(address), `delivered to: ${offer.envelope.to.join(', ')}`);
    // mlmmj's footer is plain text: no HTML part, the link is a bare URL.
    assert.equal(offer.html, undefined);
    assert.match(offer.text ?? '', new RegExp(`Unsubscribe: ${lab.shop.url}/unsubscribe\\s*$`));
    // Nobody else's sub-address sees it.
    assert.deepEqual(await mailbox.list({ to: mailbox.address('offers-other'), where: isMarketingEmail }), []);
  });

  test('the mailto unsubscribe asks for confirmation first; replying removes the From: address, and a goodbye follows', async () => {
    const address = mailbox.address('mailto-unsub');
    await subscribed(address);
    const since = new Date();
    await mailer.sendMail({ from: `Sam Shopper <${address}>`, to: UNSUBSCRIBE_ADDRESS, subject: 'unsubscribe', text: 'Please unsubscribe me.' });
    const confirm = await waitFor(mailbox, address, /^Confirm unsubscribe from news@list\.test$/, since);
    assert.equal(confirm.from, 'news+help@list.test');
    assert.match(firstHeader(confirm, 'reply-to') ?? '', /^news\+confunsub-[0-9a-f]+-sam\+mailto-unsub=shopper\.test@list\.test$/);
    assert.equal(isMarketingEmail(confirm), false);
    assert.ok((await lab.list.subscribers()).includes(address), 'unsubscribed before confirming');
    await reply(confirm, address);
    const goodbye = await waitFor(mailbox, address, /^Goodbye from news@list\.test$/, since);
    assert.match(goodbye.text ?? '', /Thank you for confirming your unsubscribe/);
    assert.equal(isMarketingEmail(goodbye), false);
    assert.ok(!(await lab.list.subscribers()).includes(address));
  });

  test('the website\'s unsubscribe page asks for the address and unsubscribes at once, with a goodbye', async () => {
    const address = mailbox.address('web-unsub');
    await subscribed(address);
    const form = await (await fetch(`${lab.shop.url}/unsubscribe`)).text();
    assert.match(form, /<input name="email" type="email"/);
    const since = new Date();
    const done = await fetch(`${lab.shop.url}/unsubscribe`, { method: 'POST', body: new URLSearchParams({ email: address }) });
    assert.match(await done.text(), /has been unsubscribed/);
    assert.ok(!(await lab.list.subscribers()).includes(address));
    const goodbye = await waitFor(mailbox, address, /^Goodbye from news@list\.test$/, since);
    assert.match(goodbye.text ?? '', /You have now been removed from the list/);
    assert.equal(isMarketingEmail(goodbye), false);
  });

  test('faults: the unsubscribe address bounces with Postfix\'s own DSN; the CRM sync puts an unsubscribed address back on the list', async () => {
    const bounced = mailbox.address('refused');
    const ignored = mailbox.address('resubscribed');
    await Promise.all([subscribed(bounced), subscribed(ignored)]);
    await lab.switchFaults(['unsubscribe-address-bounces', 'unsubscribe-ignored']);
    try {
      const since = new Date();
      await mailer.sendMail({ from: `Sam Shopper <${bounced}>`, to: UNSUBSCRIBE_ADDRESS, subject: 'unsubscribe', text: 'Please unsubscribe me.' });
      const notification = await mailbox.waitFor({ to: bounced, from: /mailer-daemon/i, receivedAfter: new Date(since.getTime() - 1000) }, WAIT);
      assert.ok(notification, `no bounce\n${await lab.logs()}`);
      const bounce = detectBounce(await simpleParser(notification.source));
      assert.equal(bounce?.recipients[0]?.finalRecipient, UNSUBSCRIBE_ADDRESS);
      assert.equal(bounce?.recipients[0]?.status, '5.1.1');

      const unsubscribedAt = new Date();
      const page = await fetch(`${lab.shop.url}/unsubscribe`, { method: 'POST', body: new URLSearchParams({ email: ignored }) });
      assert.match(await page.text(), /has been unsubscribed/);
      await waitFor(mailbox, ignored, /^Goodbye from/, unsubscribedAt);
      const deadline = Date.now() + 5000;
      while (!(await lab.list.subscribers()).includes(ignored) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok((await lab.list.subscribers()).includes(ignored), 'the CRM sync did not re-subscribe the address');
      const offer = await mailbox.waitFor({ to: ignored, where: isMarketingEmail, receivedAfter: new Date() }, WAIT);
      assert.ok(offer, 'no offer after the re-subscription');
    } finally {
      await lab.switchFaults([]);
    }
  });
});
