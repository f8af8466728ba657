import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { header, isBounce, isMarketing, msLeft, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';
import { signUp } from './shop-account.ts';

/** features/unsubscribe.feature on the classic stack. */
const journey = perScenario(() => ({ subscribedAt: new Date(), offer: undefined as ReceivedEmail | undefined, unsubscribedAt: undefined as Date | undefined }));

function offer(world: PeerWorld): ReceivedEmail {
  const { offer } = journey(world);
  assert.ok(offer, 'no marketing email received yet');
  return offer;
}

/** The <…> entries of List-Unsubscribe: a mailto and a web address. */
function unsubscribeUris(email: ReceivedEmail): string[] {
  return [...(header(email, 'list-unsubscribe') ?? '').matchAll(/<([^>]+)>/g)].map((match) => match[1]!);
}

Given('I have subscribed to the newsletter', async function (this: PeerWorld) {
  journey(this).subscribedAt = new Date();
  await signUp(this, { email: true, texts: false });
});

Given('I have received a marketing email', async function (this: PeerWorld) {
  const state = journey(this);
  state.offer = await waitForMail(this, state.subscribedAt, isMarketing, msLeft(state.subscribedAt, this.lab.settings.timing.marketingEmailWait));
  assert.ok(state.offer, 'no marketing email arrived after subscribing');
});

Then('the email offers a one-click unsubscribe', function (this: PeerWorld) {
  const email = offer(this);
  assert.ok(unsubscribeUris(email).some((uri) => uri.startsWith('http')), 'List-Unsubscribe has no web address');
  assert.equal(header(email, 'list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
});

When('I unsubscribe with one click', async function (this: PeerWorld) {
  const uri = unsubscribeUris(offer(this)).find((entry) => entry.startsWith('http'))!;
  journey(this).unsubscribedAt = new Date();
  const response = await fetch(uri, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
    redirect: 'manual',
  });
  assert.equal(response.status, 200, `the one-click POST answered ${response.status}`);
});

Then('the email has a visible unsubscribe link', async function (this: PeerWorld) {
  await this.page.setContent(offer(this).html ?? '');
  await expect(this.page.getByRole('link', { name: /unsubscribe/i })).toBeVisible();
});

When('I follow the unsubscribe link at the bottom of the email', async function (this: PeerWorld) {
  const { page } = this;
  await page.setContent(offer(this).html ?? '');
  const href = await page.getByRole('link', { name: /unsubscribe/i }).last().getAttribute('href');
  await page.goto(href!);
  await page.getByRole('button', { name: /unsubscribe/i }).click();
  journey(this).unsubscribedAt = new Date();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/unsubscribed/i);
});

When('I email the unsubscribe address the email offers', async function (this: PeerWorld) {
  const mailto = unsubscribeUris(offer(this)).find((uri) => uri.startsWith('mailto:'));
  assert.ok(mailto, 'List-Unsubscribe has no mailto address');
  const address = new URL(mailto);
  const sent = await this.lab.channels.mailSender.send({
    from: `${this.shopper.name} <${this.shopper.email}>`,
    to: decodeURIComponent(address.pathname),
    subject: address.searchParams.get('subject') ?? 'unsubscribe',
    text: 'Please unsubscribe me.',
  });
  journey(this).unsubscribedAt = sent.sentAt;
});

Then('my unsubscribe email is not bounced back', async function (this: PeerWorld) {
  const sentAt = journey(this).unsubscribedAt!;
  const bounce = await waitForMail(this, sentAt, isBounce, msLeft(sentAt, this.lab.settings.timing.bounceWait));
  assert.equal(bounce, undefined, `the unsubscribe email bounced: ${bounce?.subject}`);
});

Then('I receive no more marketing email after the grace period', async function (this: PeerWorld) {
  const { unsubscribeGracePeriod, marketingObservation } = this.lab.settings.timing;
  const graceEndsAt = new Date(journey(this).unsubscribedAt!.getTime() + unsubscribeGracePeriod);
  await sleep(msLeft(graceEndsAt, 0));
  const late = await waitForMail(this, graceEndsAt, isMarketing, msLeft(graceEndsAt, marketingObservation));
  assert.equal(late, undefined, `marketing email after the grace period: ${late?.subject}`);
});
