import { expect } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { NewsletterPages } from '../../unsubscribe/newsletter-pages.ts';

export const newsletter: NewsletterPages = {
  async subscribe(page, webUrl, shopper) {
    await page.goto(new URL('/newsletter', webUrl).href);
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByLabel('Send me offers by email').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/subscribed/i);
  },
};
