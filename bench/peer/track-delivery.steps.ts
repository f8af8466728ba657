import assert from 'node:assert/strict';
import { Given, Then } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { msLeft, textOf, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';

/** features/track-delivery.feature on the classic stack: the tracking page and the advance notice by email. */
const journey = perScenario(() => ({ reference: '', orderedAt: new Date(), confirmedAt: new Date() }));

Given('I have ordered something with home delivery', async function (this: PeerWorld) {
  const { page, shopper } = this;
  const state = journey(this);
  state.orderedAt = new Date();
  await page.goto(this.url('/'));
  await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Day backpack' }) }).getByRole('link', { name: 'Buy' }).click();
  await page.getByLabel('Name', { exact: true }).fill(shopper.name);
  await page.getByLabel('Email address').fill(shopper.email);
  await page.getByLabel('Mobile number').fill(shopper.phone);
  await page.getByLabel('Delivery address').fill(shopper.deliveryAddress);
  await page.getByLabel('Home delivery').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/thank you for your order/i);
  state.reference = /\bOrder (DS\d+)/.exec(await page.getByRole('main').innerText())![1]!;
  state.confirmedAt = new Date();
});

Then('the tracking page tells me in plain words when my parcel arrives', async function (this: PeerWorld) {
  const { page } = this;
  const { reference } = journey(this);
  await page.goto(this.url('/track'));
  await page.getByLabel('Parcel number').fill(reference);
  await page.getByRole('button', { name: 'Track' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await expect(page.getByRole('region', { name: 'When it arrives' })).toContainText(/Expected on .+, between \d{1,2}:\d{2} and \d{1,2}:\d{2}/);
});

Then('I am told before the courier comes when it comes and where else I could collect it', async function (this: PeerWorld) {
  const { reference, orderedAt, confirmedAt } = journey(this);
  const notice = await waitForMail(
    this,
    orderedAt,
    (email) => textOf(email).includes(reference) && /arrives on/i.test(email.subject),
    msLeft(confirmedAt, this.lab.settings.timing.deliveryNoticeWait),
  );
  assert.ok(notice, `no advance notice for ${reference}`);
  assert.match(textOf(notice), /between .+ and .+/);
  assert.match(textOf(notice), /collect it from/i);
});
