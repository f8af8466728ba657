import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { euroCents } from './euro-cents.ts';
import { msLeft, textOf, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';

/** features/rent-car.feature on the classic stack: one search without signing in, one with the loyalty card. */
const journey = perScenario(() => ({ card: '', search: { carClass: '', pickUp: '', dropOff: '' }, publicCents: 0, memberCents: 0, askedAt: new Date() }));

const DAY_MS = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Searches the car and reads the total of its result. */
async function search(world: PeerWorld): Promise<number> {
  const { page } = world;
  const { carClass, pickUp, dropOff } = journey(world).search;
  await page.goto(world.url('/cars'));
  await page.getByLabel('Pick-up date').fill(pickUp);
  await page.getByLabel('Return date').fill(dropOff);
  await page.getByLabel('Car class').selectOption(carClass);
  await page.getByRole('button', { name: 'Search cars' }).click();
  return euroCents(await result(world).getByText(/ for \d+ days?:/).innerText());
}

function result(world: PeerWorld) {
  return world.page.getByRole('list', { name: 'Available cars' }).getByRole('listitem').first();
}

Given('I am a member of the loyalty programme', async function (this: PeerWorld) {
  const { page, shopper } = this;
  await page.goto(this.url('/cars/loyalty'));
  await page.getByLabel('Email address').fill(shopper.email);
  await page.getByLabel('Password').fill(shopper.password);
  await page.getByRole('button', { name: /^Join/ }).click();
  const welcome = await page.getByText('Your loyalty card number').innerText();
  journey(this).card = /(\d[\d ]{7,}\d)/.exec(welcome)![1]!.replaceAll(' ', '');
});

When(/^I look for an? (\w+) car for (\d+) days starting (\d+) weeks from today without signing in$/, async function (this: PeerWorld, carClass: string, days: string, weeks: string) {
  const now = new Date();
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + Number(weeks) * 7 * DAY_MS;
  const state = journey(this);
  state.search = { carClass, pickUp: isoDay(start), dropOff: isoDay(start + Number(days) * DAY_MS) };
  await this.context.clearCookies(); // as in a private window: nobody signed in
  state.publicCents = await search(this);
});

When('I look for the same car signed in with my loyalty card', async function (this: PeerWorld) {
  const { page, shopper } = this;
  await page.goto(this.url('/cars/loyalty/sign-in'));
  await page.getByLabel('Loyalty card number').fill(journey(this).card);
  await page.getByLabel('Password').fill(shopper.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Car rental');
  journey(this).memberCents = await search(this);
});

Then('my loyalty price is not above the public price', function (this: PeerWorld) {
  const { memberCents, publicCents } = journey(this);
  assert.ok(memberCents <= publicCents, `loyalty price ${memberCents} above public price ${publicCents} (cents)`);
});

When('I ask for the offer by email', async function (this: PeerWorld) {
  journey(this).askedAt = new Date();
  await result(this).getByRole('button', { name: 'Email me this offer' }).click();
  await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Your offer is on its way');
});

Then('the emailed offer quotes the price I was shown', async function (this: PeerWorld) {
  const { askedAt, memberCents } = journey(this);
  const offer = await waitForMail(this, askedAt, (email) => /car rental offer/i.test(email.subject), msLeft(askedAt, this.lab.settings.timing.quoteEmailWait));
  assert.ok(offer, 'no offer by email');
  assert.equal(euroCents(/Total price: (.+)/.exec(textOf(offer))![1]!), memberCents);
});
