import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { FlightPages } from '../../pay-and-get-ticket/flight-pages.ts';

export const flights: FlightPages = {
  async openAccount(page, webUrl, shopper) {
    await page.goto(new URL('/newsletter', webUrl).href);
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByLabel('Send me offers by email').uncheck();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(heading(page)).toHaveText('Your account is ready');
  },

  async chooseFlight(page, webUrl) {
    await page.goto(new URL('/flights', webUrl).href);
    await page.getByRole('button', { name: /^Choose / }).first().click();
    await expect(heading(page)).toHaveText('Checkout');
    const text = await page.getByRole('main').innerText();
    return { orderNumber: field(text, 'Order number'), flight: field(text, 'Flight'), total: field(text, 'Total') };
  },

  async pay(page, card) {
    await fillSecret(page.getByLabel('Card number'), card.number);
    await page.getByLabel('Expiry date (MM/YY)').fill(card.expiry);
    await fillSecret(page.getByLabel('CVC'), card.cvc);
    await page.getByLabel('Name on card').fill(card.name);
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect(heading(page)).toHaveText(/your flight is booked|payment could not be completed/i);
    const title = await heading(page).innerText();
    if (/booked/i.test(title)) return { paid: true, said: `${title}. ${field(await page.getByRole('main').innerText(), 'Amount paid')}` };
    return { paid: false, said: `${title}: ${await page.getByRole('alert').innerText()}` };
  },

  async tryAgain(page) {
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(heading(page)).toHaveText('Checkout');
  },

  async orderInAccount(page, webUrl, orderNumber) {
    await page.goto(new URL('/account', webUrl).href);
    const orders = page.getByRole('table', { name: 'Your flight orders' });
    const row = orders.getByRole('row').filter({ has: page.getByRole('cell', { name: orderNumber, exact: true }) });
    if ((await row.count()) === 0) return undefined;
    await row.scrollIntoViewIfNeeded();
    const [, , amount, status] = await row.getByRole('cell').allInnerTexts();
    return { status: status ?? '', amount: amount ?? '' };
  },

  async askPaymentSupport(page, webUrl, question) {
    await page.goto(new URL('/support/payments', webUrl).href);
    await page.getByLabel('Your question').fill(question);
    await page.getByRole('button', { name: 'Ask' }).click();
    const answer = await page.getByRole('region', { name: 'Our answer' }).innerText();
    return answer.replace(/^\s*Payment help:\s*/, '').trim();
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
