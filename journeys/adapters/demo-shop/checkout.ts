import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import { findMoney } from '../../../src/money/find-money.ts';
import { readMoney } from '../../../src/money/read-money.ts';
import type { CheckoutPages } from '../../pay-and-get-ticket/checkout-pages.ts';
import { paymentStateIn } from '../../pay-and-get-ticket/payment-words.ts';

/** Demo Shop sells flights on its website: the checkout is a page, the answers are its words. */
export const checkout: CheckoutPages = {
  async openAccount({ page, url }, shopper) {
    await page.goto(new URL('/newsletter', url).href);
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByLabel('Send me offers by email').uncheck();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(heading(page)).toHaveText('Your account is ready');
  },

  async choosePurchase({ page, url, money }) {
    await page.goto(new URL('/flights', url).href);
    await page.getByRole('button', { name: /^Choose / }).first().click();
    await expect(heading(page)).toHaveText('Checkout');
    const text = await page.getByRole('main').innerText();
    return { orderNumber: field(text, 'Order number'), item: field(text, 'Flight'), total: readMoney(field(text, 'Total'), money) };
  },

  async pay({ page }, _order, card) {
    await fillSecret(page.getByLabel('Card number'), card.number);
    await page.getByLabel('Expiry date (MM/YY)').fill(card.expiry);
    await fillSecret(page.getByLabel('CVC'), card.cvc);
    await page.getByLabel('Name on card').fill(card.name);
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect(heading(page)).toHaveText(/your flight is booked|payment could not be completed/i);
    const title = await heading(page).innerText();
    if (/booked/i.test(title)) {
      const amount = field(await page.getByRole('main').innerText(), 'Amount paid');
      const paid = findMoney(amount)[0]?.money;
      return { state: 'paid', ...(paid ? { amount: paid } : {}), said: `${title}. ${amount}` };
    }
    return { state: 'failed', said: `${title}: ${await page.getByRole('alert').innerText()}` };
  },

  async tryAgain({ page }) {
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(heading(page)).toHaveText('Checkout');
  },

  async orderInAccount({ page, url }, orderNumber) {
    await page.goto(new URL('/account', url).href);
    const orders = page.getByRole('table', { name: 'Your flight orders' });
    const row = orders.getByRole('row').filter({ has: page.getByRole('cell', { name: orderNumber, exact: true }) });
    if ((await row.count()) === 0) return undefined;
    await row.scrollIntoViewIfNeeded();
    const [, , amount, status] = await row.getByRole('cell').allInnerTexts();
    const listed = findMoney(amount ?? '')[0]?.money;
    return { state: paymentStateIn(status ?? ''), said: status ?? '', ...(listed ? { amount: listed } : {}) };
  },

  async askPaymentSupport({ page, url }, question) {
    await page.goto(new URL('/support/payments', url).href);
    await page.getByLabel('Your question').fill(question);
    await page.getByRole('button', { name: 'Ask' }).click();
    const answer = (await page.getByRole('region', { name: 'Our answer' }).innerText()).replace(/^\s*Payment help:\s*/, '').trim();
    return { state: paymentStateIn(answer), said: answer };
  },
};

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** "Label: value" on its own line of the page's text. */
function field(text: string, label: string): string {
  const value = new RegExp(`^${label}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  if (!value) throw new Error(`The page shows no "${label}:"`);
  return value;
}
