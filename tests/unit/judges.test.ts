import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { MailboxUnavailable } from '../../src/channels/email/mailbox-errors.ts';
import { judgeDueWatches } from '../../src/watches/judge-due-watches.ts';
import { hasJudge, registeredJudges } from '../../src/watches/judge-registry.ts';
import { address, ago, call, channels, DAY, emptyChannels, HOUR, judge, now, phone, receive, text, watch } from '../support/judge-fixtures.ts';

beforeEach(emptyChannels);

describe('unsubscribe: marketing email after the grace period', () => {
  const optOut = () =>
    watch('unsubscribe', 'opt-out-ignored', ago(HOUR), { address, unsubscribedAt: ago(72 * HOUR).toISOString(), graceEndsAt: ago(24 * HOUR).toISOString() });

  test('an offer after the grace period breaks the opt-out, with the email as evidence', async () => {
    await receive({ subject: 'Spring offers', at: ago(60 * HOUR), headers: { 'List-Unsubscribe': '<https://demo-shop.test/u/1>' } });
    await receive({ subject: 'This week at Demo Shop', at: ago(12 * HOUR), headers: { 'List-Unsubscribe': '<https://demo-shop.test/u/1>' } });
    const { judged, evidence } = await judge(optOut());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'opt-out-ignored');
    assert.equal(judged.finding.customerImpact, 'I unsubscribed from Demo Shop, yet its offers keep arriving');
    assert.equal(judged.finding.expected, 'No marketing email after the 2 days grace period');
    assert.equal(judged.finding.observed, '"This week at Demo Shop" arrived 2.5 days after I unsubscribed');
    assert.deepEqual(judged.finding.evidence, [{ name: 'marketing email after opt-out: This week at Demo Shop', contentType: 'message/rfc822' }]);
    assert.match(evidence[0]!.body.toString(), /Subject: This week at Demo Shop/);
  });

  test('only offers before the grace period ended or after the watch fell due, and other mail: the opt-out held', async () => {
    await receive({ subject: 'Spring offers', at: ago(60 * HOUR), headers: { 'List-Unsubscribe': '<https://demo-shop.test/u/1>' } });
    await receive({ subject: 'Your unsubscribe is confirmed', at: ago(10 * HOUR) });
    await receive({ subject: 'Summer offers', at: ago(HOUR / 2), headers: { 'List-Unsubscribe': '<https://demo-shop.test/u/1>' } });
    const { judged, evidence } = await judge(optOut());
    assert.equal(judged.status, 'passed');
    assert.equal(judged.finding, undefined);
    assert.deepEqual(evidence, []);
  });
});

describe('contact frequency: texts after opting out of texts', () => {
  const optOut = () =>
    watch('contact-frequency', 'opt-out-ignored', ago(HOUR), { phone, optedOutAt: ago(72 * HOUR).toISOString(), graceEndsAt: ago(24 * HOUR).toISOString() });

  test('a text after the grace period breaks the opt-out', async () => {
    await text({ body: 'Spring sale: 20% off', at: ago(60 * HOUR) });
    await text({ body: 'Last chance: 30% off', at: ago(12 * HOUR) });
    const { judged, evidence } = await judge(optOut());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'opt-out-ignored');
    assert.equal(judged.finding.customerImpact, 'I said no to texts from Demo Shop, yet its offers keep arriving by text');
    assert.equal(judged.finding.expected, 'No marketing text after the 2 days grace period');
    assert.equal(judged.finding.observed, '"Last chance: 30% off" arrived 2.5 days after I opted out of texts');
    assert.equal(judged.finding.evidence[0]?.name, 'text after opting out of texts');
    assert.match(evidence[0]!.body.toString(), /Last chance: 30% off/);
  });

  test('texts before the grace period ended, after the watch fell due or to another phone: the opt-out held', async () => {
    await text({ body: 'Spring sale: 20% off', at: ago(60 * HOUR) });
    await text({ body: 'Summer sale', at: ago(HOUR / 2) });
    await text({ body: 'Hi', at: ago(12 * HOUR), to: '+447700900999' });
    assert.equal((await judge(optOut())).judged.status, 'passed');
  });
});

describe('contact frequency: sales calls after "do not call me"', () => {
  const optOut = () =>
    watch('contact-frequency', 'opt-out-ignored', ago(HOUR), {
      channel: 'call',
      phone,
      said: 'on-the-phone',
      optedOutAt: ago(72 * HOUR).toISOString(),
      graceEndsAt: ago(24 * HOUR).toISOString(),
    });

  test('a call after the grace period breaks the opt-out, and the calls are its evidence', async () => {
    await call({ heard: 'About Travel insurance', at: ago(60 * HOUR) });
    await call({ heard: 'Travel insurance again', at: ago(12 * HOUR) });
    await text({ body: 'A text is not a call', at: ago(6 * HOUR) });
    const { judged, evidence } = await judge(optOut());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'opt-out-ignored');
    assert.equal(judged.finding.customerImpact, 'I told Demo Shop on the phone not to call me again, yet its sales calls keep coming');
    assert.equal(judged.finding.expected, 'No sales call after the 2 days grace period');
    assert.equal(judged.finding.observed, '1 call after the grace period; the first from +442079460018 2.5 days after I asked: "Travel insurance again"');
    assert.equal(judged.finding.evidence[0]?.name, 'sales calls after asking not to be called');
    assert.match(evidence[0]!.body.toString(), /from \+442079460018: Travel insurance again/);
  });

  test('calls before the grace period ended, after the watch fell due or to another phone: the opt-out held', async () => {
    await call({ heard: 'About Travel insurance', at: ago(60 * HOUR) });
    await call({ heard: 'Late', at: ago(HOUR / 2) });
    await call({ heard: 'Hi', at: ago(12 * HOUR), to: '+447700900999' });
    await text({ body: 'Texts are the other watch', at: ago(12 * HOUR) });
    assert.equal((await judge(optOut())).judged.status, 'passed');
  });
});

describe('pay and get ticket: the ticket by email', () => {
  const ticketWatch = () =>
    watch('pay-and-get-ticket', 'ticket-not-delivered', ago(HOUR), {
      address,
      orderNumber: 'FL-20431',
      flight: 'LHR → AMS, 12 Dec',
      paid: 'EUR 412.00',
      paidAt: ago(25 * HOUR + 60_000).toISOString(),
      finishedPayingAt: ago(25 * HOUR).toISOString(),
    });

  test('an email naming the order by the due time delivers the ticket', async () => {
    await receive({ subject: 'Your e-ticket', text: 'Booking FL-20431: have a good flight', at: ago(2 * HOUR) });
    assert.equal((await judge(ticketWatch())).judged.status, 'passed');
  });

  test('no email naming the order by the due time: not delivered, whatever came after', async () => {
    await receive({ subject: 'Your e-ticket', text: 'Booking FL-99999', at: ago(2 * HOUR) });
    await receive({ subject: 'Your e-ticket FL-20431', at: ago(HOUR / 2) });
    const { judged } = await judge(ticketWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'ticket-not-delivered');
    assert.equal(judged.finding.customerImpact, 'I paid EUR 412.00 for order FL-20431 (LHR → AMS, 12 Dec), but no ticket arrived by email within 1 day');
    assert.equal(judged.finding.expected, 'An email with the ticket for order FL-20431 within 1 day of paying (the delivery SLA)');
    assert.equal(judged.finding.observed, `No email naming FL-20431 reached ${address} within 1 day after the payment`);
  });
});

describe('enquiry answered: acknowledgement and answer', () => {
  const sentAt = ago(30 * HOUR);
  const question = '<q1@shopper.test>';
  const byEmail = { address, channel: 'email', subject: 'Where is my order?', sentAt: sentAt.toISOString(), messageId: question };
  const acknowledgementWatch = () => watch('enquiry-answered', 'no-acknowledgement', new Date(sentAt.getTime() + HOUR), byEmail);
  const answerWatch = (details: Record<string, string> = byEmail) => watch('enquiry-answered', 'no-answer', new Date(sentAt.getTime() + DAY), details);
  const acknowledgement = (at: Date) =>
    receive({ subject: 'We have your message [Case C-10001]', at, headers: { 'Auto-Submitted': 'auto-replied', 'In-Reply-To': question, 'Message-ID': '<ack1@demo-shop.test>' } });

  test('an acknowledgement within the SLA passes', async () => {
    await acknowledgement(new Date(sentAt.getTime() + 10 * 60_000));
    assert.equal((await judge(acknowledgementWatch())).judged.status, 'passed');
  });

  test('an acknowledgement after the SLA is late, worded as in the run', async () => {
    await acknowledgement(new Date(sentAt.getTime() + 3 * HOUR));
    const { judged, evidence } = await judge(acknowledgementWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'no-acknowledgement');
    assert.equal(judged.finding.customerImpact, 'Demo Shop took 3 h to acknowledge my email "Where is my order?", not 1 h');
    assert.equal(judged.finding.expected, `An automatic acknowledgement (RFC 3834 Auto-Submitted) with In-Reply-To/References naming my email ${question} within 1 h`);
    assert.equal(judged.finding.observed, 'The acknowledgement "We have your message [Case C-10001]" after 3 h');
    assert.equal(evidence[0]?.evidence.name, 'automatic acknowledgement: We have your message [Case C-10001]');
  });

  test('no acknowledgement: broken, saying what came instead, with the mail timeline', async () => {
    await receive({ subject: 'Our newsletter', at: new Date(sentAt.getTime() + 10 * 60_000) });
    const { judged, evidence } = await judge(acknowledgementWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.customerImpact, 'No acknowledgement within 1 h of my email "Where is my order?"');
    assert.equal(judged.finding.observed, 'Nothing acknowledged it within 1 h; what came instead: "Our newsletter" after 10 min (written by a person)');
    assert.equal(evidence[0]?.evidence.name, 'my mailbox after my email "Where is my order?"');
    assert.match(evidence[0]!.body.toString(), /- after 10 min: from care@demo-shop.test, "Our newsletter"/);
  });

  test("a person's answer in time passes; the acknowledgement is no answer", async () => {
    await acknowledgement(new Date(sentAt.getTime() + 60_000));
    await receive({ subject: 'Re: Where is my order?', at: new Date(sentAt.getTime() + 5 * HOUR), headers: { 'In-Reply-To': question } });
    assert.equal((await judge(answerWatch())).judged.status, 'passed');
  });

  test('only the automatic acknowledgement: no answer, worded as in the run', async () => {
    await acknowledgement(new Date(sentAt.getTime() + 60_000));
    const { judged, evidence } = await judge(answerWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'no-answer');
    assert.equal(judged.finding.customerImpact, 'Nobody at Demo Shop answered my email "Where is my order?" within 1 day');
    assert.equal(judged.finding.expected, 'A reply written by a person (no Auto-Submitted) within 1 day');
    assert.equal(judged.finding.observed, 'No answer from a person within 1 day; only the automatic acknowledgement "We have your message [Case C-10001]" after 1 min');
    assert.deepEqual(
      evidence.map((found) => found.evidence.name),
      ['the only reply, automatic: We have your message [Case C-10001]', 'my mailbox after my email "Where is my order?"'],
    );
  });

  test('an answer after the SLA is late; one tied only by the case the acknowledgement gave counts', async () => {
    const byForm = { address, channel: 'contact form', subject: 'Where is my order?', sentAt: sentAt.toISOString() };
    await receive({ subject: 'Received: Where is my order? [Case C-10001]', at: new Date(sentAt.getTime() + 60_000), headers: { 'Auto-Submitted': 'auto-generated' } });
    await receive({ subject: 'Your case C-10001', at: new Date(sentAt.getTime() + 29 * HOUR) });
    const { judged } = await judge(answerWatch(byForm));
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.customerImpact, 'Demo Shop took 1.2 days to answer my message "Where is my order?" sent through the contact form (case C-10001), not 1 day');
    assert.equal(judged.finding.observed, 'The answer "Your case C-10001" after 1.2 days');
  });
});

describe('rent car: the emailed offer quotes the price shown', () => {
  const askedAt = ago(3 * HOUR);
  const quoteWatch = () =>
    watch('rent-car', 'quote-mismatch', ago(HOUR), {
      address,
      car: 'Compact',
      pickUp: '2026-12-06',
      dropOff: '2026-12-11',
      shownCurrency: 'EUR',
      shownMinor: '41200',
      askedAt: askedAt.toISOString(),
    });

  test('an offer quoting the amount shown passes', async () => {
    await receive({ subject: 'Your offer: Compact', text: 'Compact car, 5 days\nTotal: EUR 412.00', at: ago(2 * HOUR) });
    assert.equal((await judge(quoteWatch())).judged.status, 'passed');
  });

  test('an offer quoting more: broken, saying how far off', async () => {
    await receive({ subject: 'Your offer: Compact', text: 'Compact car, 5 days\nTotal: EUR 453.20', at: ago(2 * HOUR) });
    const { judged, evidence } = await judge(quoteWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.kind, 'quote-mismatch');
    assert.equal(judged.finding.customerImpact, 'The offer emailed to me quotes EUR 453.20, but the site showed EUR 412.00 for the same car and dates');
    assert.equal(judged.finding.expected, 'The emailed offer for the Compact car, Sun 6 Dec 2026 to Fri 11 Dec 2026, quotes the EUR 412.00 the site showed me');
    assert.equal(judged.finding.observed, '"Your offer: Compact" quotes EUR 453.20: EUR 41.20 (10 %) more than the price shown');
    assert.equal(evidence[0]?.evidence.name, 'offer email: Your offer: Compact');
  });

  test('no offer by the due time: it never came, even if one came later', async () => {
    await receive({ subject: 'Your offer: Compact', text: 'Total: EUR 412.00', at: ago(HOUR / 2) });
    const { judged } = await judge(quoteWatch());
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.customerImpact, 'The offer for the Compact car I asked for by email never reached me');
    assert.equal(judged.finding.observed, `No offer email reached ${address} within 2 h of asking`);
  });
});

describe('promise kept: the confirmation and the renewal notice', () => {
  const promisedAt = ago(3 * DAY);
  const promise = (awaits: string, dueAt: Date) =>
    watch('promise-kept', 'promise-broken', dueAt, { awaits, address, originalRenewal: '2027-05-22', promisedRenewal: '2027-11-22', promisedAt: promisedAt.toISOString() });

  test('a confirmation by the due time with the six months (give or take a day) keeps the promise', async () => {
    await receive({ subject: 'Your membership extension', text: 'Your membership now renews on 23 Nov 2027.', at: ago(2 * DAY) });
    assert.equal((await judge(promise('confirmation', ago(DAY)))).judged.status, 'passed');
  });

  test('a confirmation with another date breaks it; none by the due time too', async () => {
    await receive({ subject: 'Your membership extension', text: 'Your membership now renews on 22 Aug 2027.', at: ago(2 * DAY) });
    const { judged } = await judge(promise('confirmation', ago(DAY)));
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.customerImpact, 'Support promised me six more months, until 22 Nov 2027; its confirmation says my membership renews on 22 Aug 2027');
    assert.equal(judged.finding.expected, 'The confirmation says my membership renews on 22 Nov 2027, six months after 22 May 2027');

    const early = await judge(promise('confirmation', ago(2.5 * DAY)));
    assert.equal(early.judged.finding?.observed, 'No confirmation email within 12 h of the chat');
  });

  test('a renewal notice with the promised date keeps it', async () => {
    await receive({ subject: 'Your membership renews soon', text: 'Your membership renews on 22 Nov 2027.', at: ago(2 * DAY) });
    assert.equal((await judge(promise('renewal notice', ago(DAY)))).judged.status, 'passed');
  });

  test('a renewal notice with the old date breaks it, with the notice as evidence', async () => {
    await receive({ subject: 'Your membership renews soon', text: 'Your membership renews on 22 May 2027.', at: ago(2 * DAY) });
    const { judged, evidence } = await judge(promise('renewal notice', ago(DAY)));
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.customerImpact, 'Support promised my membership would renew on 22 Nov 2027; the renewal notice says 22 May 2027');
    assert.equal(judged.finding.observed, '"Your membership renews soon", 1 day after the promise, says 22 May 2027');
    assert.equal(evidence[0]?.evidence.name, 'renewal notice: Your membership renews soon');
  });

  test('no renewal notice by the due time breaks it, worded as in the run without the account', async () => {
    await receive({ subject: 'Your membership renews soon', text: 'Your membership renews on 22 Nov 2027.', at: ago(HOUR / 2) });
    const { judged } = await judge(promise('renewal notice', ago(HOUR)));
    assert.equal(judged.status, 'broken');
    assert.equal(judged.finding?.observed, 'No renewal notice within 3 days');
    assert.equal(judged.finding.customerImpact, 'No renewal notice reached me within 3 days of the promise, so I cannot tell whether my membership renews on 22 Nov 2027 as promised');
  });
});

describe('judging the due watches', () => {
  test('every journey kind that records a watch has a judge', () => {
    assert.deepEqual(registeredJudges().map(({ journey, kind }) => `${journey} ${kind}`).sort(), [
      'contact-frequency contact-overload',
      'contact-frequency opt-out-ignored',
      'enquiry-answered no-acknowledgement',
      'enquiry-answered no-answer',
      'pay-and-get-ticket ticket-not-delivered',
      'promise-kept promise-broken',
      'rent-car quote-mismatch',
      'track-delivery tracking-unclear',
      'unsubscribe opt-out-ignored',
    ]);
    assert.equal(hasJudge(watch('track-delivery', 'quote-mismatch', ago(HOUR), {})), false);
  });

  test('nothing with a judge is due: no channel is opened', async () => {
    let opened = 0;
    const judgements = await judgeDueWatches([watch('track-delivery', 'quote-mismatch', ago(HOUR), {})], {
      companyName: 'Demo Shop',
      now,
      openChannels: async () => (opened++, { ...channels(), close: async () => undefined }),
    });
    assert.deepEqual(judgements, []);
    assert.equal(opened, 0);
  });

  test('an unreachable mailbox leaves every watch for the next run, with one warning', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const judgements = await judgeDueWatches([watch('unsubscribe', 'opt-out-ignored', ago(HOUR), {})], {
      companyName: 'Demo Shop',
      now,
      openChannels: () => Promise.reject(new MailboxUnavailable('imap.example.com:993 does not answer')),
    });
    assert.deepEqual(judgements, []);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /1 watch\(es\) due stay for a later run: imap\.example\.com:993 does not answer/);
  });

  test('a watch with missing or corrupt details is skipped with a warning; the others are judged and the channels closed', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    let closed = 0;
    const judgements = await judgeDueWatches(
      [
        watch('unsubscribe', 'opt-out-ignored', ago(HOUR), { address }),
        watch('rent-car', 'quote-mismatch', ago(HOUR), { address, car: 'Compact', pickUp: '2026-12-06', dropOff: '2026-12-11', shownCurrency: 'EUR', shownMinor: '412.00', askedAt: ago(3 * HOUR).toISOString() }),
        watch('contact-frequency', 'opt-out-ignored', ago(HOUR), { phone, optedOutAt: ago(72 * HOUR).toISOString(), graceEndsAt: ago(24 * HOUR).toISOString() }),
      ],
      { companyName: 'Demo Shop', now, openChannels: async () => ({ ...channels(), close: async () => void closed++ }) },
    );
    assert.deepEqual(judgements.map((judgement) => `${judgement.judged.journey} ${judgement.judged.status}`), ['contact-frequency passed']);
    assert.equal(closed, 1);
    const warnings = warn.mock.calls.map((call) => String(call.arguments[0]));
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /unsubscribe opt-out-ignored\) stays for a later run: the watch has no details\.unsubscribedAt/);
    assert.match(warnings[1]!, /rent-car quote-mismatch\) stays for a later run: the offer request's shownMinor "412\.00" is not a whole number/);
  });
});
