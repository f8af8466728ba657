import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { startCapturingRelay, type CapturingRelay } from '../support/capturing-relay.ts';

const PASSWORD = 'correct horse';
// Five days of a Compact (EUR 45.50 a day) two weeks from now: EUR 227.50 for anyone.
const SEARCH = { pickup: dayFromToday(14), return: dayFromToday(19), class: 'compact' };

let relay: CapturingRelay;
before(async () => {
  relay = await startCapturingRelay();
});
after(() => relay.close());

describe('Car rental without faults', () => {
  test('the search form has labelled fields, and anyone sees the price for the whole rental', async () => {
    await withCompany('', async (company) => {
      const form = await (await fetch(`${company.webUrl}/cars`)).text();
      for (const [id, label] of [['pickup', 'Pick-up date'], ['return', 'Return date'], ['class', 'Car class']]) {
        assert.match(form, new RegExp(`<label for="${id}">${label}</label>`));
        assert.match(form, new RegExp(`id="${id}"`));
      }
      const results = await search(company);
      assert.equal(results.status, 200);
      const html = await results.text();
      assert.match(html, /<h2>Cars for 5 days, \w{3} \d{1,2} \w{3} \d{4} to \w{3} \d{1,2} \w{3} \d{4}<\/h2>/);
      assert.match(html, /<h3 id="car-compact">Compact<\/h3>/);
      assert.match(html, /€45\.50 per day/);
      assert.match(html, /Total for 5 days: <strong>€227\.50<\/strong>/);
      assert.doesNotMatch(html, /car-suv/, 'a search for one class lists that class only');
      const everything = await (await search(company, { class: '' })).text();
      assert.equal(everything.match(/Email me this offer/g)?.length, 4);
      assert.match(everything, /Total for 5 days: <strong>€399\.50<\/strong>/);
    });
  });

  test('joining Drive Club shows a card number and puts it on the account page', async () => {
    await withCompany('', async (company) => {
      const joined = await join(company, 'ida@shopper.test');
      assert.equal(joined.response.status, 200);
      assert.match(joined.card, /^7012\d{8}$/);
      const account = await (await fetch(`${company.webUrl}/account`, { headers: { cookie: joined.cookie } })).text();
      assert.match(account, new RegExp(`Your loyalty card number: <strong>${joined.card.replace(/(\d{4})(?=\d)/g, '$1 ')}</strong>`));
      const again = await join(company, 'ida@shopper.test');
      assert.equal(again.card, joined.card, 'joining twice keeps the card');
      const wrongPassword = await postForm(`${company.webUrl}/cars/loyalty`, { email: 'ida@shopper.test', password: 'other' });
      assert.equal(wrongPassword.status, 409);
      assert.equal((await postForm(`${company.webUrl}/cars/loyalty`, { email: 'nobody', password: PASSWORD })).status, 400);
    });
  });

  test('signing in with the card number and password shows member prices, 10 % off', async () => {
    await withCompany('', async (company) => {
      const { card } = await join(company, 'jo@shopper.test');
      const cookie = await signInWithCard(company, card.replace(/(\d{4})(?=\d)/g, '$1 '));
      const html = await (await search(company, {}, cookie)).text();
      assert.match(html, new RegExp(`Signed in with Drive Club card ending ${card.slice(-4)}: you see member prices`));
      assert.match(html, /Your member price for 5 days: <strong>€204\.75<\/strong>/);
      assert.doesNotMatch(html, new RegExp(card), 'the page shows the last four digits only');
    });
  });

  test('a wrong card number or password is refused, and sign-in never redirects off the site', async () => {
    await withCompany('', async (company) => {
      const { card } = await join(company, 'kim@shopper.test');
      assert.equal((await postForm(`${company.webUrl}/cars/loyalty/sign-in`, { card, password: 'wrong' })).status, 401);
      assert.equal((await postForm(`${company.webUrl}/cars/loyalty/sign-in`, { card: '701200000000', password: PASSWORD })).status, 401);
      const offSite = await postForm(`${company.webUrl}/cars/loyalty/sign-in`, { card, password: PASSWORD, next: '//evil.test/' });
      assert.equal(offSite.status, 303);
      assert.equal(offSite.headers.get('location'), '/cars');
    });
  });

  test('"Email me this offer" sends an RFC 5322 offer with the car, the dates and the price shown', async () => {
    await withCompany('', async (company) => {
      const { card } = await join(company, 'lea@shopper.test');
      const cookie = await signInWithCard(company, card);
      const confirmation = await postForm(`${company.webUrl}/cars/offer`, SEARCH, { cookie });
      assert.equal(confirmation.status, 200);
      assert.match(await confirmation.text(), /<h1>Your offer is on its way<\/h1>[\s\S]*lea@shopper\.test/);

      const [offer] = await relay.waitForMail('lea@shopper.test', 1);
      const mail = offer!.mail;
      assert.equal(mail.from?.text, '"Demo Shop Car Rental" <cars@demo-shop.test>');
      assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.text : '', 'lea@shopper.test');
      assert.match(mail.messageId ?? '', /^<[^>]+@demo-shop\.test>$/);
      assert.ok(mail.date instanceof Date);
      assert.match(mail.subject ?? '', /^Your car rental offer Q-1001: Compact, \w{3} \d{1,2} \w{3} \d{4} to /);
      for (const body of [mail.text ?? '', typeof mail.html === 'string' ? mail.html : '']) {
        assert.match(body, /Compact \(VW Golf or similar/);
        assert.match(body, /EUR 204\.75/);
        assert.match(body, /5 days/);
        assert.match(body, new RegExp(`card ending ${card.slice(-4)}`));
      }
      assert.match(mail.text ?? '', /^Total price: EUR 204\.75$/m);
    });
  });

  test('an anonymous visitor asking for an offer is sent to sign in first; bad searches get a 400', async () => {
    await withCompany('', async (company) => {
      const anonymous = await postForm(`${company.webUrl}/cars/offer`, SEARCH);
      assert.equal(anonymous.status, 302);
      assert.match(anonymous.headers.get('location') ?? '', /^\/login\?next=%2Fcars%3Fpickup%3D/);
      for (const bad of [
        { pickup: SEARCH.return, return: SEARCH.pickup },
        { pickup: dayFromToday(-1) },
        { return: dayFromToday(14 + 31) },
        { pickup: '2026-02-30' },
        { pickup: '' },
        { class: 'limousine' },
      ]) {
        const response = await search(company, bad);
        assert.equal(response.status, 400, JSON.stringify(bad));
        assert.match(await response.text(), /role="alert"/);
      }
    });
  });
});

describe('Car rental with faults', () => {
  test('loyalty-price-higher: the member price is 8 % above the public price, and the offer quotes it', async () => {
    await withCompany('loyalty-price-higher', async (company) => {
      assert.match(await (await search(company)).text(), /Total for 5 days: <strong>€227\.50<\/strong>/);
      const { card } = await join(company, 'max@shopper.test');
      const cookie = await signInWithCard(company, card);
      assert.match(await (await search(company, {}, cookie)).text(), /Your member price for 5 days: <strong>€245\.70<\/strong>/);
      await postForm(`${company.webUrl}/cars/offer`, SEARCH, { cookie });
      const [offer] = await relay.waitForMail('max@shopper.test', 1);
      assert.match(offer!.mail.text ?? '', /^Total price: EUR 245\.70$/m);
    });
  });

  test('quote-higher-than-web: the emailed offer is 12 % above the price shown', async () => {
    await withCompany('quote-higher-than-web', async (company) => {
      const { card } = await join(company, 'nia@shopper.test');
      const cookie = await signInWithCard(company, card);
      assert.match(await (await search(company, {}, cookie)).text(), /Your member price for 5 days: <strong>€204\.75<\/strong>/);
      await postForm(`${company.webUrl}/cars/offer`, SEARCH, { cookie });
      const [offer] = await relay.waitForMail('nia@shopper.test', 1);
      assert.match(offer!.mail.text ?? '', /^Total price: EUR 229\.32$/m);
    });
  });

  test('both faults together: a higher member price, and an offer higher still', async () => {
    await withCompany('loyalty-price-higher,quote-higher-than-web', async (company) => {
      const { card } = await join(company, 'oli@shopper.test');
      const cookie = await signInWithCard(company, card);
      assert.match(await (await search(company, {}, cookie)).text(), /€245\.70/);
      await postForm(`${company.webUrl}/cars/offer`, SEARCH, { cookie });
      const [offer] = await relay.waitForMail('oli@shopper.test', 1);
      assert.match(offer!.mail.text ?? '', /^Total price: EUR 275\.18$/m);
    });
  });
});

async function withCompany(faults: string, use: (company: DemoCompany) => Promise<void>): Promise<void> {
  const company = await startDemoCompany({ faults: parseFaults(faults), mailRelay: { host: '127.0.0.1', port: relay.port } });
  try {
    await use(company);
  } finally {
    await company.stop();
  }
}

function search(company: DemoCompany, change: Partial<typeof SEARCH> = {}, cookie?: string): Promise<Response> {
  const query = new URLSearchParams({ ...SEARCH, ...change });
  return fetch(`${company.webUrl}/cars?${query}`, { headers: cookie === undefined ? {} : { cookie } });
}

/** Joins as a new customer; returns the card number as digits and the session cookie. */
async function join(company: DemoCompany, email: string): Promise<{ response: Response; card: string; cookie: string }> {
  const response = await postForm(`${company.webUrl}/cars/loyalty`, { email, password: PASSWORD });
  const html = await response.clone().text();
  const printed = /Your loyalty card number: <strong>([\d ]+)<\/strong>/.exec(html)?.[1];
  assert.ok(printed, 'no card number on the welcome page');
  return { response, card: printed.replaceAll(' ', ''), cookie: sessionCookie(response) };
}

async function signInWithCard(company: DemoCompany, card: string): Promise<string> {
  const response = await postForm(`${company.webUrl}/cars/loyalty/sign-in`, { card, password: PASSWORD, next: '/cars' });
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('location'), '/cars');
  return sessionCookie(response);
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  assert.ok(cookie, 'no session cookie');
  return cookie;
}

function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
}

/** A local calendar date n days from today, as a date field holds it. */
function dayFromToday(days: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return date.toISOString().slice(0, 10);
}
