import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import type { Capture } from '../../demo/payment-gateway/api.ts';
import { startCapturingRelay, type CapturedMail, type CapturingRelay } from '../support/capturing-relay.ts';

const CARD = { card_number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', cardholder: 'Sam Shopper' };
const DECLINE_CARD = { ...CARD, card_number: '4000 0000 0000 0002' };

let relay: CapturingRelay;
before(async () => {
  relay = await startCapturingRelay();
});
after(() => relay.close());

describe('Demo Shop flights without faults', () => {
  test('a declined card takes nothing and offers a retry; the test card pays once, the amount shown, and the ticket follows', async () => {
    await withCompany('', async (company) => {
      const shopper = await Shopper.signUp(company, 'ada@shopper.test');
      const list = await (await shopper.get('/flights')).text();
      assert.match(list, /DS 101 Demo Town → Lisbon[\s\S]*EUR 412\.00/);

      const { ref, checkout } = await shopper.chooseFlight('ds101');
      assert.match(checkout, /Total: <strong>EUR 412\.00<\/strong>/);
      assert.match(checkout, /<label for="card_number">Card number<\/label>/);

      const declined = await shopper.post(`/flights/orders/${ref}/pay`, DECLINE_CARD);
      assert.equal(declined.status, 402);
      const declinedPage = await declined.text();
      assert.match(declinedPage, /<h1>Payment could not be completed<\/h1>/);
      assert.match(declinedPage, /You have not been charged/);
      assert.match(declinedPage, new RegExp(`href="/flights/orders/${ref}/pay">Try again`));
      assert.deepEqual(await ledger(company, ref), []);

      const paid = await shopper.post(`/flights/orders/${ref}/pay`, CARD);
      assert.equal(paid.status, 200);
      const confirmation = await paid.text();
      assert.match(confirmation, /<h1>Thank you, your flight is booked<\/h1>/);
      assert.match(confirmation, new RegExp(`Order number: <strong>${ref}</strong>`));
      assert.match(confirmation, /Amount paid: <strong>EUR 412\.00<\/strong> \(card ending 4242\)/);
      assert.doesNotMatch(confirmation, /4242 4242|4242424242424242/);

      const captures = await ledger(company, ref);
      assert.deepEqual(captures.map(({ order, amount, currency, cardLast4 }) => ({ order, amount, currency, cardLast4 })), [
        { order: ref, amount: 41_200, currency: 'EUR', cardLast4: '4242' },
      ]);
      assert.equal((await shopper.post(`/flights/orders/${ref}/pay`, CARD)).status, 200, 'paying a paid order again confirms it');
      assert.equal((await ledger(company, ref)).length, 1);

      const [ticket] = await mailFor('ada@shopper.test', 1);
      assert.equal(ticket!.mail.subject, `Your e-ticket for order ${ref}: DS 101 Demo Town → Lisbon`);
      assert.equal(ticket!.mail.from?.text, '"Demo Shop Flights" <tickets@demo-shop.test>');
      assert.match(ticket!.mail.messageId ?? '', /@demo-shop\.test>$/);
      assert.ok(ticket!.mail.date instanceof Date);
      assert.match(ticket!.mail.text ?? '', /Amount paid: EUR 412\.00 \(card ending 4242\)/);
      assert.doesNotMatch(ticket!.source, /4242 4242|4242424242424242/);

      assert.match(await shopper.orderRow(ref), /EUR 412\.00<\/td>\s*<td>Paid<\/td>/);
      assert.match(await shopper.askPaymentHelp(`Was I charged for order ${ref.toLowerCase()}?`), /Your payment was successful: we received EUR 412\.00/);
    });
  });

  test('payment help answers only about the customer’s own orders, and says so when nothing was received', async () => {
    await withCompany('', async (company) => {
      const shopper = await Shopper.signUp(company, 'bo@shopper.test');
      const { ref } = await shopper.chooseFlight('ds205');
      assert.match(await shopper.askPaymentHelp(`Was I charged for ${ref}?`), new RegExp(`We have not received any payment for order ${ref}`));
      assert.match(await shopper.askPaymentHelp('Was I charged?'), /Which order is it about\?/);
      const other = await Shopper.signUp(company, 'cy@shopper.test');
      assert.match(await other.askPaymentHelp(`Was I charged for ${ref}?`), new RegExp(`I cannot find order ${ref}`));
      assert.equal((await other.get(`/flights/orders/${ref}/pay`)).status, 404);
      assert.match(await shopper.orderRow(ref), /EUR 289\.50<\/td>\s*<td>Unpaid<\/td>/);
      const anonymous = await fetch(`${company.webUrl}/support/payments`, { redirect: 'manual' });
      assert.equal(anonymous.headers.get('location'), '/login?next=%2Fsupport%2Fpayments');
      assert.equal((await shopper.post(`/flights/orders/${ref}/pay`, { ...CARD, cvc: '' })).status, 400);
    });
  });
});

describe('Demo Shop flights with faults', () => {
  test('double-charge-on-retry: the first attempt shows an error although captured; the retry captures 25 % more', async () => {
    await withCompany('double-charge-on-retry', async (company) => {
      const shopper = await Shopper.signUp(company, 'di@shopper.test');
      const { ref } = await shopper.chooseFlight('ds101');
      const first = await shopper.post(`/flights/orders/${ref}/pay`, CARD);
      assert.equal(first.status, 503);
      assert.match(await first.text(), /Payment could not be completed/);
      assert.deepEqual((await ledger(company, ref)).map((capture) => capture.amount), [41_200]);
      const retry = await shopper.post(`/flights/orders/${ref}/pay`, CARD);
      assert.match(await retry.text(), /Amount paid: <strong>EUR 515\.00<\/strong>/);
      assert.deepEqual((await ledger(company, ref)).map((capture) => capture.amount), [41_200, 51_500]);
    });
  });

  test('ambiguous-payment-error: an error page although charged, unpaid in the account, "successful" in payment help; a retry takes nothing more', async () => {
    await withCompany('ambiguous-payment-error', async (company) => {
      const shopper = await Shopper.signUp(company, 'ed@shopper.test');
      const { ref } = await shopper.chooseFlight('ds101');
      for (const attempt of [1, 2]) {
        const response = await shopper.post(`/flights/orders/${ref}/pay`, CARD);
        assert.match(await response.text(), /Payment could not be completed/, `attempt ${attempt}`);
      }
      assert.deepEqual((await ledger(company, ref)).map((capture) => capture.amount), [41_200]);
      assert.match(await shopper.orderRow(ref), /<td>Unpaid<\/td>/);
      assert.match(await shopper.askPaymentHelp(`Was I charged for order ${ref}?`), /Your payment was successful/);
      assert.equal((await mailFor('ed@shopper.test', 1)).length, 1, 'the back office still issues one ticket');
    });
  });

  test('ticket-not-sent: the payment succeeds but no ticket is emailed', async () => {
    await withCompany('ticket-not-sent', async (company) => {
      const shopper = await Shopper.signUp(company, 'flo@shopper.test');
      const { ref } = await shopper.chooseFlight('ds318');
      assert.match(await (await shopper.post(`/flights/orders/${ref}/pay`, CARD)).text(), /Amount paid: <strong>EUR 356\.00<\/strong>/);
      await sleep(500);
      assert.deepEqual(received('flo@shopper.test'), []);
    });
  });
});

/** A customer's browser, reduced to its session cookie. */
class Shopper {
  private constructor(
    private readonly company: DemoCompany,
    private readonly cookie: string,
  ) {}

  static async signUp(company: DemoCompany, email: string): Promise<Shopper> {
    const response = await postForm(`${company.webUrl}/newsletter`, { email, password: 'correct horse' });
    assert.equal(response.status, 200);
    return new Shopper(company, response.headers.get('set-cookie')!.split(';')[0]!);
  }

  get(path: string): Promise<Response> {
    return fetch(`${this.company.webUrl}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' });
  }

  post(path: string, fields: Record<string, string>): Promise<Response> {
    return postForm(`${this.company.webUrl}${path}`, fields, { cookie: this.cookie });
  }

  async chooseFlight(flight: string): Promise<{ ref: string; checkout: string }> {
    const created = await this.post('/flights/orders', { flight });
    assert.equal(created.status, 303);
    const location = created.headers.get('location') ?? '';
    const ref = /^\/flights\/orders\/(N-\d+)\/pay$/.exec(location)?.[1];
    assert.ok(ref, `unexpected checkout location ${location}`);
    return { ref, checkout: await (await this.get(location)).text() };
  }

  async orderRow(ref: string): Promise<string> {
    const account = await (await this.get('/account')).text();
    const row = new RegExp(`<tr>\\s*<td>${ref}</td>[\\s\\S]*?</tr>`).exec(account)?.[0];
    assert.ok(row, `order ${ref} is not in the account's order list`);
    return row;
  }

  async askPaymentHelp(question: string): Promise<string> {
    const html = await (await this.post('/support/payments', { question })).text();
    const answer = /<section aria-label="Our answer"[^>]*><p><strong>Payment help:<\/strong> ([^<]*)<\/p>/.exec(html)?.[1];
    assert.ok(answer, 'payment help gave no answer');
    return answer;
  }
}

async function withCompany(faults: string, use: (company: DemoCompany) => Promise<void>): Promise<void> {
  const company = await startDemoCompany({ faults: parseFaults(faults), mailRelay: { host: '127.0.0.1', port: relay.port } });
  try {
    await use(company);
  } finally {
    await company.stop();
  }
}

async function ledger(company: DemoCompany, order: string): Promise<Capture[]> {
  const response = await fetch(`${company.paymentGateway.url}/v1/captures?order=${order}`, {
    headers: { authorization: `Bearer ${company.paymentGateway.ledgerKey}` },
  });
  assert.equal(response.status, 200);
  return (await response.json()) as Capture[];
}

function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
}

function received(recipient: string): CapturedMail[] {
  return relay.received.filter((captured) => captured.recipients.includes(recipient));
}

async function mailFor(recipient: string, count: number): Promise<CapturedMail[]> {
  const deadline = Date.now() + 5_000;
  while (received(recipient).length < count) {
    if (Date.now() > deadline) assert.fail(`expected ${count} mails for ${recipient}, got ${received(recipient).length}`);
    await sleep(20);
  }
  return received(recipient);
}
