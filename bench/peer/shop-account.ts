import { expect } from '@playwright/test';
import type { PeerWorld } from './peer-world.ts';

/** Opens a Demo Shop account on its sign-up page, agreeing to the offers asked for; the shopper stays signed in. */
export async function signUp(world: PeerWorld, offers: { email: boolean; texts: boolean; calls?: boolean }): Promise<void> {
  const { page, shopper } = world;
  await page.goto(world.url('/newsletter'));
  await page.getByLabel('Email address').fill(shopper.email);
  await page.getByLabel('Password').fill(shopper.password);
  await page.getByLabel('Send me offers by email').setChecked(offers.email);
  if (offers.texts || offers.calls) await page.getByLabel('Mobile number').fill(shopper.phone);
  await page.getByLabel('Send me offers by text').setChecked(offers.texts);
  await page.getByLabel('Call me with offers').setChecked(offers.calls ?? false);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(offers.email || offers.texts || offers.calls ? /subscribed/i : /account is ready/i);
}

/** "My account", signing in first if the shop asks. */
export async function openAccount(world: PeerWorld): Promise<void> {
  const { page, shopper } = world;
  await page.goto(world.url('/account'));
  if (new URL(page.url()).pathname === '/login') {
    await page.getByLabel('Email address').fill(shopper.email);
    await page.getByLabel('Password').fill(shopper.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
}

/** Saves the contact preferences on "My account" after `choose` has set them. */
export async function savePreferences(world: PeerWorld, choose: () => Promise<void>): Promise<void> {
  await openAccount(world);
  await choose();
  await world.page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(world.page.getByRole('status')).toHaveText(/preferences are saved/i);
}
