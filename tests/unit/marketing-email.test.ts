import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { isMarketingEmail, marketingSignal } from '../../src/mail/marketing-email.ts';
import { readEmail } from '../../src/mail/read-email.ts';

// Shapes of real mail: a list manager's notices carry List-* headers too, a help desk marks
// everything Precedence: bulk, and some companies' offers carry no list header at all.
describe('marketing or notice', () => {
  test('an offer through a list: List-Unsubscribe, List-Id or Precedence bulk/list says so', async () => {
    assert.equal(marketingSignal(await email('List-Unsubscribe: <mailto:leave@list.test>')), 'List-Unsubscribe');
    assert.equal(marketingSignal(await email('List-Id: Offers <offers.list.test>')), 'List-Id');
    assert.equal(marketingSignal(await email('Precedence: bulk')), 'Precedence: bulk');
    assert.equal(marketingSignal(await email('Precedence: list')), 'Precedence: list');
  });

  test("a list manager's notice is no offer, although it carries List-Unsubscribe", async () => {
    assert.equal(isMarketingEmail(await email('Auto-Submitted: auto-generated\r\nList-Id: <news.list.test>\r\nList-Unsubscribe: <https://list.test/leave>')), false);
    assert.equal(isMarketingEmail(await email('X-Autoreply: yes\r\nPrecedence: bulk')), false);
  });

  test('an offer from noreply@ with Precedence: bulk is marketing, not an automatic reply', async () => {
    assert.equal(isMarketingEmail(await email('Precedence: bulk\r\nList-Unsubscribe: <https://shop.test/u>', 'noreply@shop.test')), true);
  });

  test('a bounce is never marketing', async () => {
    assert.equal(isMarketingEmail(await email('Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\nPrecedence: bulk')), false);
  });

  test('plain mail with no list header is not marketing by default', async () => {
    assert.equal(marketingSignal(await email('')), undefined);
  });

  test("a target's marketing senders decide, by address or by domain", async () => {
    const plain = await email('', 'offers@shop.test');
    assert.match(marketingSignal(plain, { marketingSenders: ['offers@shop.test'] }) ?? '', /marketing sender/);
    assert.equal(isMarketingEmail(plain, { marketingSenders: ['@SHOP.test'] }), true);
    assert.equal(isMarketingEmail(await email('List-Id: <x>', 'help@other.test'), { marketingSenders: ['@shop.test'] }), false, 'the list names the senders');
  });
});

function email(extraHeaders: string, from = 'news@shop.test'): Promise<ReceivedEmail> {
  const source = [`From: Shop <${from}>`, 'To: sam@shopper.test', 'Subject: This week', 'Message-ID: <m1@shop.test>', ...(extraHeaders ? [extraHeaders] : []), '', 'Hello', ''].join('\r\n');
  return readEmail(Buffer.from(source), { id: '1', receivedAt: new Date(), envelope: { from, to: ['sam@shopper.test'] } });
}
