import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { startCapturingRelay, type CapturedMail, type CapturingRelay } from '../support/capturing-relay.ts';

const INTERVAL_MS = 200;

let relay: CapturingRelay;
before(async () => {
  relay = await startCapturingRelay();
});
after(() => relay.close());

describe('Demo Shop without faults', () => {
  test('sign-up sends marketing mail with RFC 2369/8058 unsubscribe headers and a footer link', async () => {
    await withCompany('', async (company) => {
      const signUp = await signUpFor(company, 'anna@shopper.test');
      assert.equal(signUp.status, 200);
      assert.match(await signUp.text(), /<h1>You're subscribed<\/h1>/);
      assert.match(signUp.headers.get('set-cookie') ?? '', /HttpOnly/);

      const [first] = await mailFor('anna@shopper.test', 1);
      const mail = first!.mail;
      const token = unsubscribeToken(mail);
      const unsubscribeUrl = `${company.webUrl}/unsubscribe/${token}`;
      assert.equal(
        headerValue(mail, 'List-Unsubscribe'),
        `<mailto:unsubscribe@demo-shop.test?subject=unsubscribe%20${token}>, <${unsubscribeUrl}>`,
      );
      assert.equal(headerValue(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.ok(headerValue(mail, 'X-Campaign-Id'));
      assert.equal(mail.from?.text, '"Demo Shop" <news@demo-shop.test>');
      assert.match(mail.messageId ?? '', /^<[^>]+@demo-shop\.test>$/);
      assert.ok(mail.date instanceof Date);
      assert.match(mail.html || '', new RegExp(`<a href="${escapeRegExp(unsubscribeUrl)}">Unsubscribe</a>`));
      assert.ok(mail.text?.includes(unsubscribeUrl));
    });
  });

  test('one-click unsubscribe answers 200 without a redirect and the offers stop', async () => {
    await withCompany('', async (company) => {
      await signUpFor(company, 'ben@shopper.test');
      const [first] = await mailFor('ben@shopper.test', 2);
      const url = `${company.webUrl}/unsubscribe/${unsubscribeToken(first!.mail)}`;

      const response = await oneClick(url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('location'), null);
      assert.match(await response.text(), /<h1>You're unsubscribed<\/h1>/);
      await assertNoMoreMailFor('ben@shopper.test');
    });
  });

  test('the footer link shows a confirmation page whose button unsubscribes', async () => {
    await withCompany('', async (company) => {
      await signUpFor(company, 'cleo@shopper.test');
      const [first] = await mailFor('cleo@shopper.test', 1);
      const url = `${company.webUrl}/unsubscribe/${unsubscribeToken(first!.mail)}`;

      const confirmation = await fetch(url);
      assert.equal(confirmation.status, 200);
      const html = await confirmation.text();
      assert.match(html, /<h1>Unsubscribe from Demo Shop offers<\/h1>/);
      assert.match(html, /name="confirm" value="yes"/);
      const response = await postForm(url, { confirm: 'yes' });
      assert.equal(response.status, 200);
      assert.match(await response.text(), /You're unsubscribed/);
      await assertNoMoreMailFor('cleo@shopper.test');
    });
  });

  test('a mail to the unsubscribe address with the token in the subject unsubscribes', async () => {
    await withCompany('', async (company) => {
      await signUpFor(company, 'dev@shopper.test');
      const [first] = await mailFor('dev@shopper.test', 1);
      await sendToCompany(company, {
        from: 'someone-else@shopper.test',
        to: 'unsubscribe@demo-shop.test',
        subject: `unsubscribe ${unsubscribeToken(first!.mail)}`,
        text: 'unsubscribe',
      });
      await assertNoMoreMailFor('dev@shopper.test');
    });
  });

  test('unchecking the offers box in the account stops the offers', async () => {
    await withCompany('', async (company) => {
      const cookie = (await signUpFor(company, 'eve@shopper.test')).headers.get('set-cookie')!.split(';')[0]!;
      await mailFor('eve@shopper.test', 1);
      const account = await fetch(`${company.webUrl}/account`, { headers: { cookie } });
      assert.match(await account.text(), /eve@shopper\.test/);
      const saved = await postForm(`${company.webUrl}/account/preferences`, {}, { cookie });
      assert.equal(saved.status, 200);
      assert.doesNotMatch(await saved.text(), /id="offers"[^>]*checked/);
      await assertNoMoreMailFor('eve@shopper.test');
    });
  });

  test('bad requests get proper answers, never a crash', async () => {
    await withCompany('', async (company) => {
      assert.equal((await fetch(`${company.webUrl}/no-such-page`)).status, 404);
      assert.equal((await fetch(`${company.webUrl}/unsubscribe/unknown-token`)).status, 404);
      assert.equal((await postForm(`${company.webUrl}/unsubscribe/unknown-token`, { confirm: 'yes' })).status, 404);
      assert.equal((await fetch(`${company.webUrl}/newsletter`, { method: 'DELETE' })).status, 405);
      const huge = await fetch(`${company.webUrl}/newsletter`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `email=${'a'.repeat(100 * 1024)}`,
      });
      assert.equal(huge.status, 413);
      const account = await fetch(`${company.webUrl}/account`, { redirect: 'manual' });
      assert.equal(account.status, 302);
      assert.equal(account.headers.get('location'), '/login?next=%2Faccount');
      assert.equal((await postForm(`${company.webUrl}/newsletter`, { email: 'not an address' })).status, 400);
      assert.equal((await fetch(`${company.webUrl}/`)).status, 200);
    });
  });
});

describe('Demo Shop with faults', () => {
  test('unsubscribe-link-broken: the unsubscribe URL redirects to the sign-in page', async () => {
    await withCompany('unsubscribe-link-broken', async (company) => {
      await signUpFor(company, 'finn@shopper.test');
      const [first] = await mailFor('finn@shopper.test', 1);
      const token = unsubscribeToken(first!.mail);
      const url = `${company.webUrl}/unsubscribe/${token}`;

      for (const response of [await oneClick(url), await fetch(url, { redirect: 'manual' })]) {
        assert.equal(response.status, 302);
        assert.equal(response.headers.get('location'), `/login?next=%2Funsubscribe%2F${token}`);
      }
    });
  });

  test('unsubscribe-ignored: one-click answers 200 but the offers keep coming', async () => {
    await withCompany('unsubscribe-ignored', async (company) => {
      await signUpFor(company, 'gus@shopper.test');
      const [first] = await mailFor('gus@shopper.test', 1);
      const response = await oneClick(`${company.webUrl}/unsubscribe/${unsubscribeToken(first!.mail)}`);
      assert.equal(response.status, 200);
      const countAtUnsubscribe = received('gus@shopper.test').length;
      await mailFor('gus@shopper.test', countAtUnsubscribe + 2);
    });
  });

  test('unsubscribe-mailbox-full: mail to the unsubscribe address is rejected with 552', async () => {
    await withCompany('unsubscribe-mailbox-full', async (company) => {
      const message = { from: 'hana@shopper.test', subject: 'unsubscribe', text: 'Please stop.' };
      await assert.rejects(
        sendToCompany(company, { ...message, to: 'unsubscribe@demo-shop.test' }),
        (error: Error & { responseCode?: number }) => {
          assert.equal(error.responseCode, 552);
          assert.match(error.message, /5\.2\.2 Mailbox full/);
          return true;
        },
      );
      await sendToCompany(company, { ...message, to: 'support@demo-shop.test' });
      await assert.rejects(sendToCompany(company, { ...message, to: 'nobody@demo-shop.test' }), /5\.1\.1/);
      await assert.rejects(sendToCompany(company, { ...message, to: 'someone@elsewhere.test' }), /5\.7\.1/);
    });
  });

  test('parseFaults rejects an unknown name, naming it', () => {
    assert.deepEqual(
      [...parseFaults('unsubscribe-ignored, unsubscribe-link-broken')],
      ['unsubscribe-ignored', 'unsubscribe-link-broken'],
    );
    assert.equal(parseFaults(undefined).size, 0);
    assert.equal(parseFaults('').size, 0);
    assert.throws(
      () => parseFaults('unsubscribe-ignored,no-such-fault'),
      /Unknown demo fault "no-such-fault".*Known faults: unsubscribe-ignored/,
    );
  });
});

async function withCompany(faults: string, use: (company: DemoCompany) => Promise<void>): Promise<void> {
  const company = await startDemoCompany({
    faults: parseFaults(faults),
    mailRelay: { host: '127.0.0.1', port: relay.port },
    campaignIntervalMs: INTERVAL_MS,
  });
  try {
    await use(company);
  } finally {
    await company.stop();
  }
}


function signUpFor(company: DemoCompany, email: string): Promise<Response> {
  return postForm(`${company.webUrl}/newsletter`, { email, password: 'correct horse', offers: 'yes' });
}

function oneClick(url: string): Promise<Response> {
  return postForm(url, { 'List-Unsubscribe': 'One-Click' });
}

function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
}

async function sendToCompany(company: DemoCompany, message: SendMailOptions): Promise<void> {
  const { host, port } = company.smtp;
  const transport = nodemailer.createTransport({ host, port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail(message);
  } finally {
    transport.close();
  }
}

function received(recipient: string): CapturedMail[] {
  return relay.received.filter((captured) => captured.recipients.includes(recipient));
}

async function mailFor(recipient: string, count: number): Promise<CapturedMail[]> {
  const deadline = Date.now() + 20 * INTERVAL_MS;
  while (received(recipient).length < count) {
    if (Date.now() > deadline) assert.fail(`expected ${count} mails for ${recipient}, got ${received(recipient).length}`);
    await sleep(20);
  }
  return received(recipient);
}

// A send that had already started when the customer unsubscribed may still land: let it, then watch.
async function assertNoMoreMailFor(recipient: string): Promise<void> {
  await sleep(INTERVAL_MS);
  const count = received(recipient).length;
  await sleep(4 * INTERVAL_MS);
  assert.equal(received(recipient).length, count, `marketing mail kept arriving for ${recipient}`);
}

function unsubscribeToken(mail: ParsedMail): string {
  const token = /\/unsubscribe\/([A-Za-z0-9_-]+)>/.exec(headerValue(mail, 'List-Unsubscribe'))?.[1];
  assert.ok(token, 'no web unsubscribe URL in List-Unsubscribe');
  return token;
}

/** The raw header value, unfolded: mailparser turns List-* headers into objects otherwise. */
function headerValue(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
