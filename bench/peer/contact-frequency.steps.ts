import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import type { CallCriteria, PhoneCall } from '../../src/channels/phone/phone-call.ts';
import { isMarketing, msLeft, textOf } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';
import { savePreferences, signUp } from './shop-account.ts';

/** features/contact-frequency.feature on the classic stack: offers counted by email, by text and by phone. */
const journey = perScenario(() => ({
  heldProduct: '',
  agreedAt: new Date(),
  offers: [] as string[],
  signedUpAt: new Date(),
  textsOffAt: new Date(),
  callsOffAt: new Date(),
}));

const PRODUCT = 'Travel insurance';

Given("I have bought one of the shop's products", async function (this: PeerWorld) {
  const { page } = this;
  await signUp(this, { email: false, texts: false });
  await page.goto(this.url('/'));
  await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PRODUCT }) }).getByRole('button', { name: 'Buy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/thank you for your purchase/i);
  journey(this).heldProduct = PRODUCT;
});

Given('I have agreed to offers by email, by text and by phone', async function (this: PeerWorld) {
  await savePreferences(this, async () => {
    await this.page.getByLabel('Send me offers by email').check();
    await this.page.getByLabel('Mobile number').fill(this.shopper.phone);
    await this.page.getByLabel('Send me offers by text').check();
    await this.page.getByLabel('Call me with offers').check();
  });
  journey(this).agreedAt = new Date();
});

When('I count the offers that reach me by email, by text and by phone for a week', async function (this: PeerWorld) {
  const state = journey(this);
  const { mailbox, sms, calls } = this.lab.channels;
  await sleep(msLeft(state.agreedAt, this.lab.settings.timing.contactObservation));
  const since = new Date(state.agreedAt.getTime() - 1);
  const emails = await mailbox.list({ to: this.shopper.email, receivedAfter: since, where: isMarketing });
  const texts = await sms.list({ to: this.shopper.phone, receivedAfter: since });
  const rang = await calls.list({ to: this.shopper.phone, receivedAfter: since });
  state.offers = [...emails.map(textOf), ...texts.map((text) => text.body), ...rang.map((call) => call.heard)];
});

Then('I am contacted no more often than the shop promises', function (this: PeerWorld) {
  const { contactCap, timing } = this.lab.settings;
  const allowed = contactCap.max * Math.max(1, Math.ceil(timing.contactObservation / contactCap.per));
  assert.ok(journey(this).offers.length <= allowed, `${journey(this).offers.length} offers, at most ${allowed} promised`);
});

Then('no offer is for a product I already hold', function (this: PeerWorld) {
  const { offers, heldProduct } = journey(this);
  const forHeld = offers.filter((offer) => offer.toLowerCase().includes(heldProduct.toLowerCase()));
  assert.deepEqual(forHeld, [], `offers for ${heldProduct}, which I hold`);
});

Given('I have signed up for offers by email and by text', async function (this: PeerWorld) {
  journey(this).signedUpAt = new Date();
  await signUp(this, { email: true, texts: true });
});

Given('I have received an offer by text', async function (this: PeerWorld) {
  const { signedUpAt } = journey(this);
  const text = await this.lab.channels.sms.waitFor(
    { to: this.shopper.phone, receivedAfter: new Date(signedUpAt.getTime() - 1) },
    msLeft(signedUpAt, this.lab.settings.timing.marketingEmailWait),
  );
  assert.ok(text, 'no offer by text arrived after signing up');
});

When('I turn off offers by text in my account', async function (this: PeerWorld) {
  await savePreferences(this, () => this.page.getByLabel('Send me offers by text').uncheck());
  journey(this).textsOffAt = new Date();
});

Then('I receive no more offers by text after the grace period', async function (this: PeerWorld) {
  const { unsubscribeGracePeriod, marketingObservation } = this.lab.settings.timing;
  const graceEndsAt = new Date(journey(this).textsOffAt.getTime() + unsubscribeGracePeriod);
  await sleep(msLeft(graceEndsAt, 0));
  const late = await this.lab.channels.sms.waitFor({ to: this.shopper.phone, receivedAfter: graceEndsAt }, msLeft(graceEndsAt, marketingObservation));
  assert.equal(late, undefined, `a text after the grace period: ${late?.body}`);
});

Given('I have signed up for offers by phone', async function (this: PeerWorld) {
  journey(this).signedUpAt = new Date();
  await signUp(this, { email: false, texts: false, calls: true });
});

Given('a sales call has reached me', async function (this: PeerWorld) {
  const { signedUpAt } = journey(this);
  const call = await pollForCall(this, { receivedAfter: new Date(signedUpAt.getTime() - 1) }, msLeft(signedUpAt, this.lab.settings.timing.marketingEmailWait));
  assert.ok(call, 'no sales call came after signing up');
});

When('I answer the next sales call asking not to be called again', async function (this: PeerWorld) {
  const asking = new Date();
  await this.lab.channels.calls.answerWith(this.shopper.phone, 'do-not-call');
  const call = await pollForCall(this, { receivedAfter: asking, answer: 'do-not-call' }, this.lab.settings.timing.marketingEmailWait);
  assert.ok(call, 'no further sales call came to answer');
  journey(this).callsOffAt = call.receivedAt;
});

When('I turn off sales calls in my account', async function (this: PeerWorld) {
  await savePreferences(this, () => this.page.getByLabel('Call me with offers').uncheck());
  journey(this).callsOffAt = new Date();
});

Then('no more sales calls reach me after the grace period', async function (this: PeerWorld) {
  const { unsubscribeGracePeriod, marketingObservation } = this.lab.settings.timing;
  const graceEndsAt = new Date(journey(this).callsOffAt.getTime() + unsubscribeGracePeriod);
  await sleep(msLeft(graceEndsAt, marketingObservation));
  const late = await this.lab.channels.calls.list({ to: this.shopper.phone, receivedAfter: graceEndsAt });
  assert.deepEqual(late.map((call) => call.heard), [], 'sales calls after the grace period');
});

/** The classic stack's way of waiting: look at the call log every half second. */
async function pollForCall(world: PeerWorld, criteria: Omit<CallCriteria, 'to'>, timeoutMs: number): Promise<PhoneCall | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [call] = await world.lab.channels.calls.list({ ...criteria, to: world.shopper.phone });
    if (call || Date.now() >= deadline) return call;
    await sleep(500);
  }
}
