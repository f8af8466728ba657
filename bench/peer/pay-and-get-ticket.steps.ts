import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { euroCents } from './euro-cents.ts';
import { msLeft, textOf, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';
import { openAccount, signUp } from './shop-account.ts';

/** features/pay-and-get-ticket.feature on the classic stack; the payment gateway's ledger is the truth about charges. */
const journey = perScenario(() => ({ orderNumber: '', totalCents: 0, paid: false, paymentPage: '', startedPayingAt: new Date(), paidAt: new Date() }));

async function pay(world: PeerWorld): Promise<void> {
  const { page } = world;
  const { card } = world.lab.settings.payment!;
  await page.getByLabel('Card number').fill(card.number);
  await page.getByLabel('Expiry date (MM/YY)').fill(card.expiry);
  await page.getByLabel('CVC').fill(card.cvc);
  await page.getByLabel('Name on card').fill(world.shopper.name);
  await page.getByRole('button', { name: /^Pay / }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/booked|could not be completed/i);
  const state = journey(world);
  state.paid = /booked/i.test(await heading.innerText());
  state.paymentPage = await page.getByRole('main').innerText();
  state.paidAt = new Date();
}

/** The captures the payment gateway holds for the order, in cents. */
async function capturedCents(world: PeerWorld): Promise<number[]> {
  const ledger = world.lab.run.paymentLedger!;
  const url = new URL('/v1/captures', ledger.url);
  url.searchParams.set('order', journey(world).orderNumber);
  const response = await fetch(url, { headers: { authorization: `Bearer ${ledger.apiKey}` } });
  assert.equal(response.status, 200);
  return ((await response.json()) as Array<{ amount: number }>).map((capture) => capture.amount);
}

Given('I have an account with the shop', async function (this: PeerWorld) {
  await signUp(this, { email: false, texts: false });
});

Given('I have chosen what to buy and seen its total at checkout', async function (this: PeerWorld) {
  const { page } = this;
  await page.goto(this.url('/flights'));
  await page.getByRole('button', { name: /^Choose / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout');
  const checkout = await page.getByRole('main').innerText();
  const state = journey(this);
  state.orderNumber = /Order number:\s*(\S+)/.exec(checkout)![1]!;
  state.totalCents = euroCents(/Total:\s*(.+)/.exec(checkout)![1]!);
});

When('I pay with my card', async function (this: PeerWorld) {
  journey(this).startedPayingAt = new Date();
  await pay(this);
});

When('if the payment fails, I try once more, as any customer would', async function (this: PeerWorld) {
  if (journey(this).paid) return;
  await this.page.getByRole('link', { name: 'Try again' }).click();
  await pay(this);
});

Then('I am charged exactly once, the amount I was shown', async function (this: PeerWorld) {
  assert.deepEqual(await capturedCents(this), [journey(this).totalCents]);
});

Then('the payment page, my order list and customer support agree with what I was charged', async function (this: PeerWorld) {
  const { page } = this;
  const state = journey(this);
  const [charged] = await capturedCents(this);
  assert.ok(state.paid, `the payment page said: ${state.paymentPage}`);
  assert.equal(euroCents(/Amount paid:\s*(.+)/.exec(state.paymentPage)![1]!), charged);

  await openAccount(this);
  const row = page.getByRole('table', { name: 'Your flight orders' }).getByRole('row').filter({ hasText: state.orderNumber });
  const [, , amount, status] = await row.getByRole('cell').allInnerTexts();
  assert.equal(status, 'Paid');
  assert.equal(euroCents(amount!), charged);

  await page.goto(this.url('/support/payments'));
  await page.getByLabel('Your question').fill(`Was I charged for order ${state.orderNumber}?`);
  await page.getByRole('button', { name: 'Ask' }).click();
  const answer = await page.getByRole('region', { name: 'Our answer' }).innerText();
  assert.match(answer, /successful/i);
  assert.equal(euroCents(answer), charged);
});

Then('my ticket or order confirmation arrives by email', async function (this: PeerWorld) {
  const { orderNumber, startedPayingAt, paidAt } = journey(this);
  const ticket = await waitForMail(this, startedPayingAt, (email) => textOf(email).includes(orderNumber), msLeft(paidAt, this.lab.settings.timing.ticketDeliverySla));
  assert.ok(ticket, `no ticket for ${orderNumber} by email`);
});
