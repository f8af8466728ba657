import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { simpleParser } from 'mailparser';
import { automaticMarker, referencedIds } from '../../src/mail/auto-reply.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import { parseDeliveryStatusFields } from '../../src/mail/delivery-status.ts';
import { checkDkimCoverage } from '../../src/mail/dkim-coverage.ts';
import { isOneClickPost, parseListUnsubscribe } from '../../src/mail/list-unsubscribe.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';
import { registeredJudges } from '../../src/watches/judge-registry.ts';
import { address, ago, channels, DAY, emptyChannels, HOUR, judge, now, phone, receiveSource, watch } from '../support/judge-fixtures.ts';

/** What a broken or hostile sender can put in the shopper's mailbox. */
const MALFORMED: Record<string, string> = {
  'no headers at all': 'just a body, no blank line, no headers',
  'empty message': '',
  'header without a colon': `From care@demo-shop.test\r\nSubject Where is my order\r\n\r\nHello`,
  'broken MIME: a boundary that never comes': [
    'From: Demo Shop <care@demo-shop.test>',
    `To: ${address}`,
    'Subject: Your e-ticket FL-20431',
    'Content-Type: multipart/mixed; boundary="never-there"',
    '',
    'no part starts here',
    '--not-the-boundary',
    'Content-Type: text/plain',
    '',
  ].join('\r\n'),
  'invalid encodings': [
    'From: =?utf-8?B?!!!not-base64!!!?= <care@demo-shop.test>',
    `To: ${address}`,
    'Subject: =?x-unknown-charset?Q?Spring=ZZoffers?=',
    'List-Unsubscribe: <https://demo-shop.test/u/1>, <mailto:',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'Content-Type: text/plain; charset=no-such-charset',
    'Content-Transfer-Encoding: base64',
    '',
    '%%% this is not base64 %%%',
  ].join('\r\n'),
  'a delivery report with garbage status fields': [
    'From: Mail Delivery System <MAILER-DAEMON@shopper.test>',
    `To: ${address}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient rfc822 nobody',
    'Status: five-five-oh',
    '',
    '--b--',
  ].join('\r\n'),
  'invalid bytes': `From: care@demo-shop.test\r\nTo: ${address}\r\nSubject: \xff\xfe\x00broken\r\n\r\n\xc3\x28\x00\xa0\xa1`,
};

beforeEach(emptyChannels);

test('the local mailbox reads every malformed message without failing, and each still yields an email', async () => {
  await receiveMalformed();
  const emails = await channels().mailbox.list({ to: address });
  assert.equal(emails.length, Object.keys(MALFORMED).length);
  for (const email of emails) {
    assert.equal(typeof email.subject, 'string');
    assert.ok(email.headers instanceof Map);
  }
});

test('the mail readers take a malformed message as "not this kind", never as a crash', async () => {
  await receiveMalformed();
  for (const email of await channels().mailbox.list({ to: address })) {
    isMarketingEmail(email);
    automaticMarker(email);
    referencedIds(email);
    parseListUnsubscribe(email.headers.get('list-unsubscribe')?.[0]);
    isOneClickPost(email.headers.get('list-unsubscribe-post')?.[0]);
    detectBounce(await simpleParser(Buffer.from(email.source)));
    await checkDkimCoverage(email.source, async () => []);
  }
  parseDeliveryStatusFields('Final-Recipient rfc822 nobody\r\nStatus: five-five-oh\r\n');
});

test('every judge reaches a judgement over a mailbox full of malformed mail', async () => {
  await receiveMalformed();
  const since = ago(3 * DAY).toISOString();
  const watches = [
    watch('unsubscribe', 'opt-out-ignored', ago(HOUR), { address, unsubscribedAt: since, graceEndsAt: ago(2 * DAY).toISOString() }),
    watch('pay-and-get-ticket', 'ticket-not-delivered', ago(HOUR), { address, orderNumber: 'FL-20431', flight: 'LHR → AMS', paid: 'EUR 412.00', paidAt: since, finishedPayingAt: since }),
    watch('enquiry-answered', 'no-acknowledgement', ago(HOUR), { address, channel: 'email', subject: 'Where is my order?', sentAt: since, messageId: '<q1@shopper.test>' }),
    watch('enquiry-answered', 'no-answer', ago(HOUR), { address, channel: 'email', subject: 'Where is my order?', sentAt: since, messageId: '<q1@shopper.test>' }),
    watch('rent-car', 'quote-mismatch', ago(HOUR), { address, car: 'Compact', pickUp: '2026-12-06', dropOff: '2026-12-11', shownCurrency: 'EUR', shownMinor: '41200', askedAt: since }),
    watch('promise-kept', 'promise-broken', ago(HOUR), { awaits: 'confirmation', address, originalRenewal: '2027-05-22', promisedRenewal: '2027-11-22', promisedAt: since }),
    watch('track-delivery', 'tracking-unclear', ago(HOUR), { order: 'DS41207', product: 'Rain jacket', email: address, phone, orderedAt: since }),
    watch('contact-frequency', 'contact-overload', ago(HOUR), { email: address, phone, from: since, until: ago(HOUR).toISOString(), capMax: '3', capPerMs: String(7 * DAY), heldProduct: 'Travel insurance' }),
  ];
  const judgedKinds = new Set<string>();
  for (const pending of watches) {
    const { judged } = await judge(pending);
    assert.ok(judged.status === 'passed' || judged.status === 'broken', `${pending.journey} ${pending.kind}: ${judged.status}`);
    judgedKinds.add(`${pending.journey} ${pending.kind}`);
  }
  const mailJudges = registeredJudges().map(({ journey, kind }) => `${journey} ${kind}`).filter((key) => key !== 'contact-frequency opt-out-ignored'); // that one reads texts only
  assert.deepEqual([...judgedKinds].sort(), mailJudges.sort());
});

async function receiveMalformed(): Promise<void> {
  let minute = 0;
  for (const source of Object.values(MALFORMED)) await receiveSource(Buffer.from(source, 'latin1'), new Date(now.getTime() - 2 * DAY + ++minute * 60_000));
}
