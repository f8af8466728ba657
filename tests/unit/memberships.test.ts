import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { addCalendarMonths, dateAfter } from '../../src/text/calendar-dates.ts';
import { postForm, startCapturingRelay, type CapturingRelay } from '../support/capturing-relay.ts';

// A faster demo clock than the audit's: a demo month in 100 ms, so a renewal two years ahead is 2.4 s away.
const MS_PER_DEMO_MONTH = 100;
// Waits for mail are ceilings (they end when it comes): generous, so that a loaded machine does not fail them.

let relay: CapturingRelay;
before(async () => {
  relay = await startCapturingRelay();
});
after(() => relay.close());

describe('Memberships', () => {
  test('joining shows a renewal date two years ahead on the demo calendar, on the page and in the account', async () => {
    await withCompany('', async (company) => {
      const { cookie, page } = await join(company, 'kim@shopper.test');
      const renewsOn = renewalDate(page);
      const account = await accountPage(company, cookie);
      assert.deepEqual(renewalDate(account), renewsOn);
      const since = dateAfter(account, /member since/i)!.date;
      assert.deepEqual(addCalendarMonths(since, 24), renewsOn);
      assert.match(account, /<a href="\/membership\/support">Chat with membership support<\/a>/);
    });
  });

  test('the renewal notice comes a month before renewal, with the renewal date', async () => {
    await withCompany('', async (company) => {
      const joinedAt = Date.now();
      const renewsOn = renewalDate((await join(company, 'lee@shopper.test')).page);
      const [notice] = await relay.waitForMail('lee@shopper.test', 1, 120 * MS_PER_DEMO_MONTH);
      assert.ok(notice!.receivedAt - joinedAt >= 22 * MS_PER_DEMO_MONTH, 'the notice came too early');
      assert.deepEqual(dateAfter(notice!.mail.subject ?? '', /renews on/i)?.date, renewsOn);
      assert.deepEqual(dateAfter(notice!.mail.text ?? '', /renews on/i)?.date, renewsOn);
      assert.equal(notice!.mail.from?.value[0]?.address, 'members@demo-shop.test');
    });
  });

  test('support grants six more months in the chat, confirms by email, and the account and the notice follow', async () => {
    await withCompany('', async (company) => {
      const { cookie, page } = await join(company, 'max@shopper.test');
      const promised = addCalendarMonths(renewalDate(page), 6);
      const chat = await askInChat(company, cookie, 'My order was late and I was offered a six-month extension.');
      assert.match(chat, /I have extended your membership by six months/);

      const [confirmation, notice] = await relay.waitForMail('max@shopper.test', 2, 120 * MS_PER_DEMO_MONTH);
      assert.match(confirmation!.mail.subject ?? '', /extended/);
      assert.deepEqual(dateAfter(confirmation!.mail.text ?? '', /renews on/i)?.date, promised);
      assert.deepEqual(renewalDate(await accountPage(company, cookie)), promised);
      assert.deepEqual(dateAfter(notice!.mail.subject ?? '', /renews on/i)?.date, promised);
      await sleep(3 * MS_PER_DEMO_MONTH);
      assert.equal(relay.mailFor('max@shopper.test').length, 2, 'the notice for the old date must not go out as well');
    });
  });

  test('the extension is granted once; other questions get an offer to help', async () => {
    await withCompany('', async (company) => {
      const { cookie } = await join(company, 'ned@shopper.test');
      assert.match(await askInChat(company, cookie, 'Hello?'), /what would you like to do\?/);
      await askInChat(company, cookie, 'Please extend my membership as offered.');
      assert.match(await askInChat(company, cookie, 'Please extend it again.'), /already has its goodwill extension/);
    });
  });

  test('the chat is for signed-in customers', async () => {
    await withCompany('', async (company) => {
      const response = await fetch(`${company.webUrl}/membership/support`, { redirect: 'manual' });
      assert.equal(response.status, 302);
      assert.equal(response.headers.get('location'), '/login?next=%2Fmembership%2Fsupport');
    });
  });
});

describe('Memberships with the fault promise-forgotten', () => {
  test('the confirmation promises six more months, but the account and the notice keep the old date', async () => {
    await withCompany('promise-forgotten', async (company) => {
      const { cookie, page } = await join(company, 'ola@shopper.test');
      const original = renewalDate(page);
      assert.match(await askInChat(company, cookie, 'I was offered a six-month extension.'), /I have extended your membership/);

      const [confirmation, notice] = await relay.waitForMail('ola@shopper.test', 2, 120 * MS_PER_DEMO_MONTH);
      assert.deepEqual(dateAfter(confirmation!.mail.text ?? '', /renews on/i)?.date, addCalendarMonths(original, 6));
      assert.deepEqual(renewalDate(await accountPage(company, cookie)), original);
      assert.deepEqual(dateAfter(notice!.mail.text ?? '', /renews on/i)?.date, original);
    });
  });
});

async function withCompany(faults: string, use: (company: DemoCompany) => Promise<void>): Promise<void> {
  const company = await startDemoCompany({
    faults: parseFaults(faults),
    mailRelay: { host: '127.0.0.1', port: relay.port },
    realMsPerDemoMonth: MS_PER_DEMO_MONTH,
  });
  try {
    await use(company);
  } finally {
    await company.stop();
  }
}

async function join(company: DemoCompany, email: string): Promise<{ cookie: string; page: string }> {
  const response = await postForm(`${company.webUrl}/membership`, { email, password: 'correct horse' });
  assert.equal(response.status, 200);
  const page = await response.text();
  assert.match(page, /<h1>Welcome to Demo Shop Plus<\/h1>/);
  return { cookie: response.headers.get('set-cookie')!.split(';')[0]!, page };
}

async function accountPage(company: DemoCompany, cookie: string): Promise<string> {
  return (await fetch(`${company.webUrl}/account`, { headers: { cookie } })).text();
}

/** Sends a chat message and returns the agent's answer to it. */
async function askInChat(company: DemoCompany, cookie: string, message: string): Promise<string> {
  const sent = await postForm(`${company.webUrl}/membership/support`, { message }, { cookie });
  assert.equal(sent.status, 303);
  const chat = await (await fetch(`${company.webUrl}/membership/support`, { headers: { cookie } })).text();
  const lines = [...chat.matchAll(/<li><strong>([^<]*):<\/strong> ([^<]*)<\/li>/g)];
  assert.match(lines.at(-1)?.[1] ?? '', /membership support/);
  return lines.at(-1)![2]!;
}

function renewalDate(html: string): Date {
  const found = dateAfter(html.replace(/<[^>]+>/g, ''), /renews on/i);
  assert.ok(found, 'no renewal date on the page');
  return found.date;
}
