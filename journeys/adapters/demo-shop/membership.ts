import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { MembershipPages } from '../../promise-kept/membership-pages.ts';
import type { Shopper } from '../../shopper.ts';

export const membership: MembershipPages = {
  async join(page, webUrl, shopper) {
    await page.goto(new URL('/membership', webUrl).href);
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByRole('button', { name: /^Join/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome to/);
  },

  async renewalOnAccount(page, webUrl, shopper) {
    await openAccount(page, webUrl, shopper);
    const section = page.getByRole('region', { name: /membership/i });
    return (await section.getByText(/renews on/i).innerText()).trim();
  },

  async askSupport(page, webUrl, shopper, message) {
    await openAccount(page, webUrl, shopper);
    await page.getByRole('link', { name: 'Chat with membership support' }).click();
    const conversation = page.getByRole('list', { name: 'Conversation' }).getByRole('listitem');
    const linesBefore = await conversation.count();
    await page.getByLabel('Your message').fill(message);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(conversation).toHaveCount(linesBefore + 2); // my message and support's answer
    return (await conversation.last().innerText()).trim();
  },
};

async function openAccount(page: Page, webUrl: string, shopper: Shopper): Promise<void> {
  await page.goto(new URL('/account', webUrl).href);
  if (new URL(page.url()).pathname === '/login') {
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
}
