import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shopperForScenario } from '../../journeys/shopper.ts';
import { Secret } from '../../src/config/secret.ts';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import { LocalSmsInbox } from '../../src/channels/sms/local-sms-inbox.ts';

const persona = { name: 'Sam Shopper', email: 'sam@shopper.test', phone: '+447700900000', deliveryAddress: '12 Park Lane, Demo Town' };
const addresses = { mailbox: new LocalMailbox('/nonexistent', 'sam@shopper.test'), sms: new LocalSmsInbox('/nonexistent', '+447700900000') };

test('every scenario and every attempt gets its own address, even when scenario ids share a prefix', () => {
  const ids = ['5b531a9c0d2e-1f2e3d4c5b6a7988', '5b531a9c0d2e-aa2e3d4c5b6a7988', '5b531a9c0d2e-1f2e3d4c5b6a7989'];
  const emails = ids.flatMap((id) => [0, 1].map((attempt) => shopperForScenario(persona, addresses, '20261122-082728-73f4', id, attempt).email));
  assert.equal(new Set(emails).size, emails.length);
  for (const address of emails) assert.match(address, /^sam\+20261122082728[0-9a-f]{4}-[0-9a-f]{10}@shopper\.test$/);
});

test('the same scenario in the same run and attempt keeps its address', () => {
  const first = shopperForScenario(persona, addresses, 'r1', 'abc', 0);
  const again = shopperForScenario(persona, addresses, 'r1', 'abc', 0);
  assert.equal(first.email, again.email);
  assert.notEqual(first.password, again.password); // passwords are throw-away, never reused
});

test("a persona's own password is used for every account, for companies with password rules", () => {
  const shopper = shopperForScenario({ ...persona, password: new Secret('Correct-Horse-9') }, addresses, 'r1', 'abc', 0);
  assert.equal(shopper.password, 'Correct-Horse-9');
});
