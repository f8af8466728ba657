import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SentEnquiry } from '../../journeys/enquiry-answered/enquiry.ts';
import { isAcknowledgementOf, isAnswerTo } from '../../journeys/enquiry-answered/replies.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import { enquiryDetails } from '../../journeys/enquiry-answered/enquiry-watch.ts';
import { checkReplyOrWatch, type SettledResponse } from '../../journeys/enquiry-answered/response-time.ts';
import type { MailCriteria, Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { emailMatches } from '../../src/channels/email/mail-criteria.ts';

// An hour ago: every promise of a few seconds is over.
const SENT_AT = new Date(Date.now() - 3_600_000);
const byEmail: SentEnquiry = { channel: 'email', subject: 'Where is my order?', sentAt: SENT_AT, messageId: '<q1@shopper.test>', evidence: [] };
const byForm: SentEnquiry = { channel: 'contact form', subject: 'Where is my order?', sentAt: SENT_AT, caseReference: 'C-10001', evidence: [] };

describe('acknowledgements', () => {
  test('of an email: automatic and in its thread', () => {
    const acknowledges = isAcknowledgementOf(byEmail);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-replied', 'in-reply-to': '<q1@shopper.test>' })), true);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-replied' }, 'Our opening hours')), false, 'automatic but not tied to my email');
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-replied' }, '[kauppa.test #77] Re: Where is my order?')), true, 'a help desk that keeps only the subject');
    assert.equal(acknowledges(email({ 'in-reply-to': '<q1@shopper.test>' })), false, 'tied, but written by a person');
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-replied', 'in-reply-to': '<q2@shopper.test>' }, 'Re: Another question')), false);
  });

  test('of a contact form: automatic and naming its case', () => {
    const acknowledges = isAcknowledgementOf(byForm);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-generated' }, '[Case C-10001] We have received your message')), true);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-generated' }, 'We have received your message', 'Your case number is C-10001.')), true);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-generated' }, '[Case C-10002] We have received your message')), false);
  });

  test('of a contact form without a case reference: by its subject', () => {
    const acknowledges = isAcknowledgementOf({ ...byForm, caseReference: undefined });
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-generated' }, 'Received: Where is my order?')), true);
    assert.equal(acknowledges(email({ 'auto-submitted': 'auto-generated' }, 'Welcome to Demo Shop')), false);
  });

  test('a bounce is no acknowledgement, although automatic', () => {
    const bounce = email({ 'auto-submitted': 'auto-replied', 'in-reply-to': '<q1@shopper.test>', 'content-type': 'multipart/report; report-type=delivery-status' });
    assert.equal(isDeliveryReport(bounce), true);
    assert.equal(isAcknowledgementOf(byEmail)(bounce), false);
  });
});

describe('answers', () => {
  const acknowledgement = email({ 'auto-submitted': 'auto-replied', 'message-id': '<ack@demo-shop.test>' });

  test('a person replying to the email or to its acknowledgement', () => {
    const answers = isAnswerTo(byEmail, acknowledgement);
    assert.equal(answers(email({ 'in-reply-to': '<q1@shopper.test>' })), true);
    assert.equal(answers(email({ references: '<ack@demo-shop.test>' })), true);
    assert.equal(answers(email({ 'in-reply-to': '<q1@shopper.test>', 'auto-submitted': 'auto-replied' })), false, 'an automatic reply is no answer');
    assert.equal(answers(email({ 'x-other': '1' }, 'Our opening hours')), false);
  });

  test('a help desk answering with References to its ticket, not to my email', () => {
    const ticketAck = email({ 'auto-submitted': 'auto-replied', 'message-id': '<ack-9@kauppa.test>', references: '<q1@shopper.test> <ticket-9@kauppa.test>' }, '[kauppa.test #9] Vastaanotettu');
    const answers = isAnswerTo(byEmail, ticketAck);
    assert.equal(answers(email({ precedence: 'bulk', references: '<ticket-9@kauppa.test>' }, '[kauppa.test #9] Tilauksesi')), true, 'References to the ticket the acknowledgement named');
    assert.equal(answers(email({ precedence: 'bulk', references: '<ticket-8@kauppa.test>' }, '[kauppa.test #8] Tilauksesi')), false, 'another ticket');
  });

  test('a help desk answering under the ticket tag, with no acknowledgement seen', () => {
    const tagged = { ...byEmail, caseReference: '9' };
    assert.equal(isAnswerTo(tagged, undefined)(email({ precedence: 'bulk' }, '[kauppa.test #9] Tilauksesi')), true);
    assert.equal(isAnswerTo(byEmail, undefined)(email({ precedence: 'bulk' }, '[kauppa.test #9] Re: Where is my order?')), true, 'the subject kept behind the tag');
    assert.equal(isAnswerTo(tagged, undefined)(email({}, '[kauppa.test #8] Re: Where is my order?')), false, 'the subject, but another ticket');
  });

  test('a person naming the case of a contact form', () => {
    assert.equal(isAnswerTo(byForm, undefined)(email({}, 'Re: [Case C-10001] Where is my order?')), true);
    assert.equal(isAnswerTo(byForm, undefined)(email({}, 'Re: [Case C-10003] Where is my order?')), false);
  });
});

describe('checkReplyOrWatch', () => {
  const to = 'sam@shopper.test';
  const where = () => true;
  const watch = { check: 'a reply reaches me', kind: 'no-answer' as const, codec: enquiryDetails, details: { enquiry: byEmail, address: to } };
  const judge = async (response: SettledResponse) => response;

  /** Checks the reply against a mailbox that holds these emails; the watches left are in `watches`. */
  function check(emails: ReceivedEmail[], reply: { sentAt: Date; slaMs: number }, watches: unknown[] = []) {
    const scenario = { mailbox: mailboxWith(emails), runId: 'r1', notebook: { awaiting: async (watched: unknown) => void watches.push(watched), judgeAtEndOfRun: async () => assert.fail('not left for the end of the run'), canJudgeAtEndOfRun: () => true } };
    return checkReplyOrWatch(scenario, { reply: { to, where, ...reply }, maxWaitInRun: 60_000, watch, judge });
  }

  test('a reply within the promise is in time, with how long it took', async () => {
    const verdict = await check([arrivedAfter(400)], { sentAt: SENT_AT, slaMs: 3_000 });
    assert.deepEqual({ status: verdict?.status, afterMs: verdict && 'afterMs' in verdict ? verdict.afterMs : undefined }, { status: 'in-time', afterMs: 400 });
  });

  test('a reply after the promise is late', async () => {
    const verdict = await check([arrivedAfter(4_200)], { sentAt: SENT_AT, slaMs: 3_000 });
    assert.equal(verdict?.status, 'late');
  });

  test('no reply once the promised time is over is missing', async () => {
    const verdict = await check([], { sentAt: SENT_AT, slaMs: 3_000 });
    assert.equal(verdict?.status, 'missing');
  });

  test('a promise longer than the run may wait leaves a watch, unless the reply is already there', async () => {
    const sentAt = new Date();
    const day = 86_400_000;
    const watches: unknown[] = [];
    assert.equal(await check([], { sentAt, slaMs: day }, watches), undefined);
    assert.deepEqual(watches, [
      { runId: 'r1', journey: 'enquiry-answered', check: 'a reply reaches me', kind: 'no-answer', dueAt: new Date(sentAt.getTime() + day).toISOString(), details: enquiryDetails.write(watch.details) },
    ]);
    const early = { ...arrivedAfter(0), receivedAt: new Date(sentAt.getTime() + 50) };
    const answered = await check([early], { sentAt, slaMs: day }, watches);
    assert.equal(answered?.status, 'in-time');
    assert.equal(watches.length, 1, 'no watch for a reply already there');
  });
});

function email(headers: Record<string, string>, subject = 'Re: Where is my order?', text = ''): ReceivedEmail {
  return {
    id: 'x',
    receivedAt: SENT_AT,
    envelope: { from: 'support@demo-shop.test', to: ['sam@shopper.test'] },
    from: 'support@demo-shop.test',
    to: ['sam@shopper.test'],
    subject,
    messageId: headers['message-id'],
    headers: new Map(Object.entries(headers).map(([name, value]) => [name, [value]])),
    text,
    source: '',
  };
}

function arrivedAfter(ms: number): ReceivedEmail {
  return { ...email({}), receivedAt: new Date(SENT_AT.getTime() + ms) };
}

/** A mailbox that already holds these messages and receives no more. */
function mailboxWith(emails: ReceivedEmail[]): Mailbox {
  const list = async (criteria: MailCriteria) => emails.filter((candidate) => emailMatches(candidate, criteria));
  return { address: (tag) => `sam+${tag}@shopper.test`, list, waitFor: async (criteria) => (await list(criteria))[0] };
}
