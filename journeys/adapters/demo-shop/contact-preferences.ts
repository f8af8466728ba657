import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { ContactPreferencePages } from '../../contact-frequency/contact-preference-pages.ts';
import type { Shopper } from '../../shopper.ts';

const POLICY = 'Travel insurance';

export const contactPreferences: ContactPreferencePages = {
  async buyProduct(page, webUrl, shopper) {
    await signUp(page, webUrl, shopper, { email: false, texts: false });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/account is ready/i);
    await page.goto(new URL('/', webUrl).href);
    const product = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: POLICY }) });
    const name = (await product.getByRole('heading').innerText()).trim();
    await product.getByRole('button', { name: 'Buy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/thank you for your purchase/i);
    return name;
  },

  async agreeToOffers(page, webUrl, shopper) {
    await savePreferences(page, webUrl, async () => {
      await page.getByLabel('Send me offers by email').check();
      await page.getByLabel('Mobile number').fill(shopper.phone);
      await page.getByLabel('Send me offers by text').check();
      await page.getByLabel('Call me with offers').check();
    });
  },

  async signUpForOffers(page, webUrl, shopper) {
    await signUp(page, webUrl, shopper, { email: true, texts: true });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/subscribed/i);
  },

  async signUpForCalls(page, webUrl, shopper) {
    await signUp(page, webUrl, shopper, { email: false, texts: false, calls: true });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/subscribed/i);
  },

  async optOutOfCalls(page, webUrl) {
    await savePreferences(page, webUrl, () => page.getByLabel('Call me with offers').uncheck());
  },

  async optOutOfTexts(page, webUrl) {
    await savePreferences(page, webUrl, () => page.getByLabel('Send me offers by text').uncheck());
  },
};

async function signUp(page: Page, webUrl: string, shopper: Shopper, offers: { email: boolean; texts: boolean; calls?: boolean }): Promise<void> {
  await page.goto(new URL('/newsletter', webUrl).href);
  await page.getByLabel('Email address').fill(shopper.email);
  await fillSecret(page.getByLabel('Password'), shopper.password);
  await page.getByLabel('Send me offers by email').setChecked(offers.email);
  if (offers.texts || offers.calls) await page.getByLabel('Mobile number').fill(shopper.phone);
  await page.getByLabel('Send me offers by text').setChecked(offers.texts);
  await page.getByLabel('Call me with offers').setChecked(offers.calls ?? false);
  await page.getByRole('button', { name: 'Subscribe' }).click();
}

async function savePreferences(page: Page, webUrl: string, choose: () => Promise<void>): Promise<void> {
  await page.goto(new URL('/account', webUrl).href);
  await choose();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('status')).toHaveText(/preferences are saved/i);
}
