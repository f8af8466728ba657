import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isConfirmationRequest } from '../../journeys/unsubscribe/confirmation-request.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { readEmail } from '../../src/mail/read-email.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';

const target = { id: 'shop', name: 'Shop', mail: { marketingSenders: [] }, wording: {} } as unknown as AuditTarget;

describe('a request to confirm', () => {
  test('double opt-in with a link, in Finnish, marked automatic and carrying List-Unsubscribe as list managers do', async () => {
    const mail = await email(
      'Vahvista uutiskirjeen tilaus',
      'Auto-Submitted: auto-generated\r\nList-Unsubscribe: <https://kauppa.test/peru?t=1>\r\nContent-Type: text/html; charset=utf-8',
      '<p>Vahvista tilauksesi: <a href="https://kauppa.test/uutiskirje/vahvista?t=9">Vahvista</a></p><p><a href="https://kauppa.test/peru?t=1">Peruuta tilaus</a></p>',
    );
    assert.equal(isConfirmationRequest(mail, target), true);
  });

  test('a list manager that asks for a reply (Reply-To), with no link', async () => {
    const mail = await email('Confirm subscription to news@list.test', 'Reply-To: news+confsub-a1b2@list.test', 'To confirm you want to join, reply to this message.');
    assert.equal(isConfirmationRequest(mail, target), true);
  });

  test('a notice that merely confirms offers no way to act, and is left alone', async () => {
    assert.equal(isConfirmationRequest(await email('We confirm you are unsubscribed', '', 'Goodbye.'), target), false);
  });

  test('an offer that says "confirm" is still an offer', async () => {
    const offer = await email('Confirm your place at our sale', 'List-Unsubscribe: <https://shop.test/u>\r\nReply-To: sales@shop.test', 'Big sale');
    assert.equal(isConfirmationRequest(offer, target), false);
  });
});

function email(subject: string, extraHeaders: string, body: string): Promise<ReceivedEmail> {
  const source = ['From: Shop <news@shop.test>', 'To: sam@shopper.test', `Subject: ${subject}`, 'Message-ID: <c1@shop.test>', ...(extraHeaders ? [extraHeaders] : []), '', body, ''].join('\r\n');
  return readEmail(Buffer.from(source), { id: '1', receivedAt: new Date(), envelope: { from: 'news@shop.test', to: ['sam@shopper.test'] } });
}
