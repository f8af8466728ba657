import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { msLeft, textOf, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';
import { openAccount } from './shop-account.ts';

/** features/promise-kept.feature on the classic stack: the promised renewal date, as Demo Shop writes dates ("22 November 2027"). */
const journey = perScenario(() => ({ promisedRenewal: '', promisedAt: new Date() }));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "22 November 2027" six months later; a day the later month lacks becomes its last. */
function sixMonthsAfter(day: string): string {
  const [date, month, year] = day.split(' ');
  const index = MONTHS.indexOf(month!) + 6;
  const lastDay = new Date(Date.UTC(Number(year), index + 1, 0)).getUTCDate();
  const later = new Date(Date.UTC(Number(year), index, Math.min(Number(date), lastDay)));
  return `${later.getUTCDate()} ${MONTHS[later.getUTCMonth()]} ${later.getUTCFullYear()}`;
}

async function renewalOnAccount(world: PeerWorld): Promise<string> {
  await openAccount(world);
  return world.page.getByRole('region', { name: /membership/i }).getByText(/renews on/i).innerText();
}

Given('I am a member', async function (this: PeerWorld) {
  const { page, shopper } = this;
  await page.goto(this.url('/membership'));
  await page.getByLabel('Email address').fill(shopper.email);
  await page.getByLabel('Password').fill(shopper.password);
  await page.getByRole('button', { name: /^Join/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welcome to/);
  const renewsOn = /renews on (\d{1,2} \w+ \d{4})/i.exec(await renewalOnAccount(this))![1]!;
  journey(this).promisedRenewal = sixMonthsAfter(renewsOn);
});

When('support grants me a six-month extension in the chat', async function (this: PeerWorld) {
  const { page } = this;
  await openAccount(this);
  await page.getByRole('link', { name: 'Chat with membership support' }).click();
  journey(this).promisedAt = new Date();
  await page.getByLabel('Your message').fill('Customer service offered me a six-month extension of my membership. Could you please add it?');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').last()).toContainText(/extended your membership by six months/i);
});

Then('support confirms the extension by email', async function (this: PeerWorld) {
  const { promisedAt, promisedRenewal } = journey(this);
  const confirmation = await waitForMail(this, promisedAt, (email) => /extended/i.test(email.subject), msLeft(promisedAt, this.lab.settings.timing.answerSla));
  assert.ok(confirmation, 'no confirmation of the extension by email');
  assert.match(textOf(confirmation), new RegExp(`renews on ${promisedRenewal}`));
});

Then('my account shows the extended renewal date', async function (this: PeerWorld) {
  assert.match(await renewalOnAccount(this), new RegExp(journey(this).promisedRenewal));
});

Then('the renewal notice shows the extended renewal date', async function (this: PeerWorld) {
  const { promisedAt, promisedRenewal } = journey(this);
  const notice = await waitForMail(this, promisedAt, (email) => /renews on/i.test(email.subject), msLeft(promisedAt, this.lab.settings.timing.renewalNoticeWait));
  assert.ok(notice, 'no renewal notice');
  assert.match(notice.subject, new RegExp(promisedRenewal));
});
