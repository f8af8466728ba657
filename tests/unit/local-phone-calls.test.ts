import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CallLog } from '../../src/channels/phone/call-log.ts';
import { ANSWER_WORDS } from '../../src/channels/phone/phone-call.ts';
import { startLocalPhoneNetwork, type LocalPhoneNetwork } from '../../src/channels/sms/local-phone-network.ts';

const SHOPPER = '+447700900123';
let network: LocalPhoneNetwork;
let calls: CallLog;

before(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'local-calls-'));
  network = await startLocalPhoneNetwork({ storeDir: path.join(dir, 'sms'), callStoreDir: path.join(dir, 'calls') });
  calls = new CallLog(path.join(dir, 'calls'));
});
after(() => network.stop());

const dial = (body: object) => fetch(`${network.url}/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('a call on the local phone network rings the shopper, who answers as the journey set, and is logged', async () => {
  const since = new Date();
  const first = await dial({ from: '+442079460018', to: SHOPPER, says: 'Travel insurance from €39' });
  assert.equal(first.status, 201);
  assert.equal(((await first.json()) as { answer: string }).answer, ANSWER_WORDS['not-interested']);
  await calls.answerWith(SHOPPER, 'do-not-call');
  const second = await dial({ from: '+442079460018', to: '+44 7700 900123', says: 'Bike insurance' });
  assert.equal(((await second.json()) as { answer: string }).answer, ANSWER_WORDS['do-not-call']);
  const logged = await calls.list({ to: SHOPPER, receivedAfter: since });
  assert.deepEqual(logged.map((call) => [call.heard, call.answer]), [['Travel insurance from €39', 'not-interested'], ['Bike insurance', 'do-not-call']]);
  assert.equal((await calls.list({ to: SHOPPER, answer: 'do-not-call', receivedAfter: since })).length, 1);
});

test('a call without a number to ring, or without words, is refused', async () => {
  assert.equal((await dial({ from: 'x', to: 'not a number', says: 'Hi' })).status, 400);
  assert.equal((await dial({ from: 'x', to: SHOPPER })).status, 400);
});
