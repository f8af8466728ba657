import { expect } from '@playwright/test';
import type { DeliveryPages } from '../../track-delivery/delivery-pages.ts';

const PRODUCT = 'Day backpack';

export const deliveries: DeliveryPages = {
  async orderWithHomeDelivery(page, webUrl, shopper) {
    await page.goto(new URL('/', webUrl).href);
    const product = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PRODUCT }) });
    await product.getByRole('link', { name: 'Buy' }).click();
    await page.getByLabel('Name', { exact: true }).fill(shopper.name);
    await page.getByLabel('Email address').fill(shopper.email);
    await page.getByLabel('Mobile number').fill(shopper.phone);
    await page.getByLabel('Delivery address').fill(shopper.deliveryAddress);
    await page.getByLabel('Home delivery').check();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/thank you for your order/i);
    const reference = /\bOrder (DS\d+)/.exec(await page.getByRole('main').innerText())?.[1];
    if (!reference) throw new Error(`The order confirmation at ${page.url()} shows no order number`);
    return { reference, product: PRODUCT };
  },

  async openTracking(page, webUrl, order) {
    await page.goto(new URL('/track', webUrl).href);
    await page.getByLabel('Parcel number').fill(order.reference);
    await page.getByRole('button', { name: 'Track' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(order.reference);
    return page.getByRole('main').innerText();
  },
};
