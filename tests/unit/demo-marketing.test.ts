import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { firstHeader } from '../../src/mail/received-email.ts';
import { postForm, sessionCookie, withDemoLab, type DemoLab } from '../support/demo-lab.ts';

const INTERVAL_MS = 200;
const WAIT_MS = 5_000;

describe('Demo Shop marketing by email and text', () => {
  test('one contact per interval, taking turns between email and text, never for a product the customer holds', async () => {
    await withDemoLab('', { campaignIntervalMs: INTERVAL_MS }, async (lab) => {
      const cookie = await customerHolding(lab, 'ann@shopper.test', 'travel-insurance');
      const account = await (await fetch(`${lab.company.webUrl}/account`, { headers: { cookie } })).text();
      assert.match(account, /<h2>Your products<\/h2>\s*<ul><li>Travel insurance<\/li><\/ul>/);

      const agreedAt = new Date();
      const saved = await postForm(`${lab.company.webUrl}/account/preferences`, { offers: 'yes', mobile: '+44 7700 900201', texts: 'yes' }, cookie);
      assert.equal(saved.status, 200);
      const page = await saved.text();
      assert.match(page, /Your preferences are saved/);
      assert.match(page, /id="texts"[^>]*checked/);
      assert.match(page, /value="\+447700900201"/);

      await sleep(7 * INTERVAL_MS + INTERVAL_MS / 2);
      const { emails, texts } = await contacts(lab, 'ann@shopper.test', '+447700900201', agreedAt);
      assert.equal(emails[0]?.subject, 'Welcome to Demo Shop: 10% off your first order');
      assert.ok(emails.every((email) => firstHeader(email, 'list-unsubscribe')));
      assert.ok(texts.every((text) => text.from === 'DemoShop' && text.body.includes(`${lab.company.webUrl}/account`)));
      assert.ok(emails.length + texts.length <= 8, `${emails.length} emails and ${texts.length} texts in 7½ intervals`);
      assert.ok(Math.abs(emails.length - texts.length) <= 1, `${emails.length} emails, ${texts.length} texts: not taking turns`);
      assert.ok(texts.length >= 2);
      const everything = [...emails.map((email) => `${email.subject}\n${email.text}`), ...texts.map((text) => text.body)];
      assert.ok(everything.every((words) => !/travel insurance/i.test(words)), 'offered the travel insurance the customer holds');
      assert.ok(everything.some((words) => /Bike insurance policy/.test(words)), 'the other policy is offered');
    });
  });

  test('offers by text can be chosen at sign-up and turned off in the account; email offers go on', async () => {
    await withDemoLab('', { campaignIntervalMs: INTERVAL_MS }, async (lab) => {
      const signUp = await postForm(`${lab.company.webUrl}/newsletter`, {
        email: 'ben@shopper.test',
        password: 'correct horse',
        offers: 'yes',
        mobile: '+447700900202',
        texts: 'yes',
      });
      assert.equal(signUp.status, 200);
      assert.match(await signUp.text(), /subscribed to our offers by email to ben@shopper\.test and by text to \+447700900202/);
      assert.ok(await lab.sms.waitFor({ to: '+447700900202' }, WAIT_MS), 'no offer by text');

      const saved = await postForm(`${lab.company.webUrl}/account/preferences`, { offers: 'yes', mobile: '+447700900202' }, sessionCookie(signUp));
      assert.doesNotMatch(await saved.text(), /id="texts"[^>]*checked/);
      const optedOutAt = new Date();
      await sleep(INTERVAL_MS); // a text already on its way may still land
      const textsBefore = (await lab.sms.list({ to: '+447700900202' })).length;
      await sleep(4 * INTERVAL_MS);
      assert.equal((await lab.sms.list({ to: '+447700900202' })).length, textsBefore, 'texts kept coming after the opt-out');
      assert.ok((await lab.mailbox.list({ to: 'ben@shopper.test', receivedAfter: optedOutAt })).length >= 3, 'email offers stopped too');
    });
  });

  test('offers by text need a valid mobile number', async () => {
    await withDemoLab('', { campaignIntervalMs: INTERVAL_MS }, async (lab) => {
      const url = `${lab.company.webUrl}/newsletter`;
      const noNumber = await postForm(url, { email: 'cleo@shopper.test', password: 'pw', texts: 'yes' });
      assert.equal(noNumber.status, 400);
      assert.match(await noNumber.text(), /To get offers by text, please enter your mobile number/);
      const badNumber = await postForm(url, { email: 'cleo@shopper.test', password: 'pw', mobile: '0770', texts: 'yes' });
      assert.equal(badNumber.status, 400);
      assert.match(await badNumber.text(), /with its country code/);
      const buyAnonymously = await postForm(`${lab.company.webUrl}/shop/buy`, { product: 'travel-insurance' });
      assert.equal(buyAnonymously.status, 302);
    });
  });
});

describe('Demo Shop marketing with the contact-overload fault', () => {
  test('each channel runs its own campaign, several contacts per interval, offering the policy the customer holds', async () => {
    await withDemoLab('contact-overload', { campaignIntervalMs: INTERVAL_MS }, async (lab) => {
      const cookie = await customerHolding(lab, 'dev@shopper.test', 'travel-insurance');
      const agreedAt = new Date();
      await postForm(`${lab.company.webUrl}/account/preferences`, { offers: 'yes', mobile: '+447700900203', texts: 'yes' }, cookie);
      await sleep(3 * INTERVAL_MS);
      const { emails, texts } = await contacts(lab, 'dev@shopper.test', '+447700900203', agreedAt);
      assert.ok(emails.length >= 5 && texts.length >= 5, `${emails.length} emails and ${texts.length} texts in 3 intervals`);
      const everything = [...emails.map((email) => email.subject), ...texts.map((text) => text.body)];
      assert.ok(everything.some((words) => /Travel insurance/.test(words)), 'never offered the policy the customer holds');
    });
  });
});

/** Signs a new customer up without offers and buys a policy; returns the session cookie. */
async function customerHolding(lab: DemoLab, email: string, product: string): Promise<string> {
  const signUp = await postForm(`${lab.company.webUrl}/newsletter`, { email, password: 'correct horse' });
  assert.match(await signUp.text(), /Your account is ready/);
  const cookie = sessionCookie(signUp);
  const bought = await postForm(`${lab.company.webUrl}/shop/buy`, { product }, cookie);
  assert.equal(bought.status, 200);
  assert.match(await bought.text(), /Thank you for your purchase/);
  return cookie;
}

async function contacts(lab: DemoLab, email: string, mobile: string, since: Date) {
  const [emails, texts] = await Promise.all([
    lab.mailbox.list({ to: email, receivedAfter: since }),
    lab.sms.list({ to: mobile, receivedAfter: since }),
  ]);
  return { emails, texts };
}
