import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { authorship, automaticMarker, isAutomatic, isReplyTo, referencedIds } from '../../src/mail/auto-reply.ts';
import { readEmail } from '../../src/mail/read-email.ts';

describe('automaticMarker', () => {
  test('RFC 3834 Auto-Submitted: auto-replied and auto-generated are automatic', async () => {
    assert.deepEqual(automaticMarker(await email('Auto-Submitted: auto-replied')), { header: 'Auto-Submitted', value: 'auto-replied', reason: 'Auto-Submitted: auto-replied' });
    assert.equal(isAutomatic(await email('Auto-Submitted: auto-generated')), true);
    assert.equal(isAutomatic(await email('Auto-Submitted: auto-notified')), true);
  });

  test('Auto-Submitted keywords are case-insensitive and may carry parameters or comments', async () => {
    assert.equal(isAutomatic(await email('Auto-Submitted: Auto-Replied; owner-email="desk@example.com"')), true);
    assert.equal(isAutomatic(await email('Auto-Submitted: (vacation) auto-replied')), true);
  });

  test('Auto-Submitted: no means a person sent it', async () => {
    assert.equal(automaticMarker(await email('Auto-Submitted: no')), undefined);
    assert.equal(automaticMarker(await email('Auto-Submitted: No (written by hand)')), undefined);
  });

  test('the older responder headers count', async () => {
    assert.equal(automaticMarker(await email('X-Autoreply: yes'))?.header, 'X-Autoreply');
    assert.equal(automaticMarker(await email('X-Autorespond: Out of office'))?.header, 'X-Autorespond');
    assert.equal(isAutomatic(await email('X-Autoreply: no')), false);
  });

  test('Precedence auto_reply is automatic; list is not', async () => {
    assert.deepEqual(automaticMarker(await email('Precedence: auto_reply')), { header: 'Precedence', value: 'auto_reply', reason: 'Precedence: auto_reply' });
    assert.equal(isAutomatic(await email('Precedence: list')), false);
  });

  test('Precedence bulk alone is a hint: a help desk puts it on its agents\' answers too', async () => {
    assert.equal(isAutomatic(await email('Precedence: bulk')), false);
    assert.match(authorship(await email('Precedence: bulk')), /written by a person .*Precedence: bulk alone/);
    assert.equal(isAutomatic(await email('Precedence: bulk\r\nAuto-Submitted: no')), false);
    assert.equal(isAutomatic(await email('Precedence: bulk\r\nAuto-Submitted: auto-replied')), true);
  });

  test('Precedence bulk or junk from an address nobody reads is automatic, and says why', async () => {
    const receipt = await email('Precedence: JUNK', 'From: Demo Shop <no-reply@demo-shop.test>');
    assert.equal(automaticMarker(receipt)?.reason, 'Precedence: junk from no-reply@demo-shop.test, an address nobody reads');
    assert.equal(isAutomatic(await email('Precedence: bulk', 'From: noreply@demo-shop.test')), true);
    assert.equal(isAutomatic(await email('Precedence: bulk', 'From: Anna <anna.noreply-fan@demo-shop.test>')), false);
  });

  test('X-Auto-Response-Suppress only asks others not to auto-reply: not a marker', async () => {
    assert.equal(isAutomatic(await email('X-Auto-Response-Suppress: All')), false);
    assert.equal(isAutomatic(await email('X-Auto-Response-Suppress: OOF, AutoReply')), false);
  });

  test('a plain reply is not automatic', async () => {
    assert.equal(isAutomatic(await email('In-Reply-To: <q1@shopper.test>')), false);
  });
});

describe('isReplyTo', () => {
  test('In-Reply-To names the message', async () => {
    const reply = await email('In-Reply-To: <q1@shopper.test>');
    assert.equal(isReplyTo(reply, ['<q1@shopper.test>']), true);
    assert.equal(isReplyTo(reply, ['q1@shopper.test']), true, 'an id without angle brackets');
    assert.equal(isReplyTo(reply, ['<q2@shopper.test>']), false);
  });

  test('References, folded over lines, names the message anywhere in the thread', async () => {
    const reply = await email('References: <q1@shopper.test>\r\n <ack-7@demo-shop.test>');
    assert.deepEqual(referencedIds(reply), ['<q1@shopper.test>', '<ack-7@demo-shop.test>']);
    assert.equal(isReplyTo(reply, ['<ack-7@demo-shop.test>']), true);
    assert.equal(isReplyTo(reply, [undefined, '<q1@shopper.test>']), true);
  });

  test('comments and bare ids in In-Reply-To are understood', async () => {
    assert.equal(isReplyTo(await email('In-Reply-To: <q1@shopper.test> (Sam\'s message of Monday)'), ['<q1@shopper.test>']), true);
    assert.equal(isReplyTo(await email('In-Reply-To: q1@shopper.test'), ['<q1@shopper.test>']), true);
  });

  test('a message with neither header, or no id to look for, is no reply', async () => {
    assert.equal(isReplyTo(await email('X-Other: 1'), ['<q1@shopper.test>']), false);
    assert.equal(isReplyTo(await email('In-Reply-To: <q1@shopper.test>'), [undefined]), false);
    assert.equal(isReplyTo(await email('In-Reply-To: <q1@shopper.test>'), []), false);
  });

  test('a similar id is not the same id', async () => {
    assert.equal(isReplyTo(await email('In-Reply-To: <q1@shopper.test.evil>'), ['<q1@shopper.test>']), false);
  });
});

/** A real message with the given extra header lines, parsed as the shopper's mailbox does. */
function email(extraHeaders: string, from = 'From: Demo Shop Customer Service <support@demo-shop.test>'): Promise<ReceivedEmail> {
  const source = [
    from,
    'To: sam@shopper.test',
    'Subject: Re: Where is my order?',
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    'Message-ID: <reply-1@demo-shop.test>',
    extraHeaders,
    '',
    'Hello Sam',
    '',
  ].join('\r\n');
  return readEmail(Buffer.from(source), { id: '1', receivedAt: new Date(), envelope: { from: 'support@demo-shop.test', to: ['sam@shopper.test'] } });
}
