import assert from 'node:assert/strict';
import { Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { header, isBounce, msLeft, waitForMail } from './mail-reading.ts';
import { perScenario, type PeerWorld } from './peer-world.ts';

/** features/enquiry-answered.feature on the classic stack: the same question by email and by the contact form. */
const journey = perScenario(() => ({ sentAt: new Date() }));

const SUBJECT = 'Where is my order?';
const QUESTION = 'Hello,\n\nI ordered a rain jacket from you last week and it has not arrived yet. Could you tell me where it is?\n';

function isAutomatic(email: ReceivedEmail): boolean {
  return (header(email, 'auto-submitted') ?? 'no').toLowerCase() !== 'no';
}

function isAbout(email: ReceivedEmail): boolean {
  return email.subject.includes(SUBJECT) && !isBounce(email);
}

When('I email my question to customer service', async function (this: PeerWorld) {
  const { page } = this;
  await page.goto(this.url('/contact'));
  const href = await page.getByRole('main').getByRole('link', { name: /@/ }).first().getAttribute('href');
  const sent = await this.lab.channels.mailSender.send({
    from: `${this.shopper.name} <${this.shopper.email}>`,
    to: href!.replace(/^mailto:/, ''),
    subject: SUBJECT,
    text: QUESTION,
  });
  journey(this).sentAt = sent.sentAt;
});

When('I send my question through the contact form', async function (this: PeerWorld) {
  const { page, shopper } = this;
  await page.goto(this.url('/contact'));
  await page.getByLabel('Your name').fill(shopper.name);
  await page.getByLabel('Email address').fill(shopper.email);
  await page.getByLabel('Subject').fill(SUBJECT);
  await page.getByLabel('Your message').fill(QUESTION);
  journey(this).sentAt = new Date();
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/we got your message/i);
});

Then('my email is not bounced back', async function (this: PeerWorld) {
  // The first mail back says it: a bounce, or any reply, which proves the question arrived.
  const { sentAt } = journey(this);
  const first = await waitForMail(this, sentAt, (email) => isBounce(email) || isAbout(email), msLeft(sentAt, this.lab.settings.timing.bounceWait));
  assert.ok(!first || !isBounce(first), `my question bounced: ${first?.subject}`);
});

Then('I receive an automatic acknowledgement in time', async function (this: PeerWorld) {
  const { sentAt } = journey(this);
  const acknowledgement = await waitForMail(this, sentAt, (email) => isAbout(email) && isAutomatic(email), msLeft(sentAt, this.lab.settings.timing.acknowledgementSla));
  assert.ok(acknowledgement, 'no automatic acknowledgement in time');
});

Then('a person answers my question in time', async function (this: PeerWorld) {
  const { sentAt } = journey(this);
  const answer = await waitForMail(this, sentAt, (email) => isAbout(email) && !isAutomatic(email), msLeft(sentAt, this.lab.settings.timing.answerSla));
  assert.ok(answer, 'no answer from a person in time');
});
