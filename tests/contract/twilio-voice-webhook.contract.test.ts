import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CallLog } from '../../src/channels/phone/call-log.ts';
import { ANSWER_WORDS } from '../../src/channels/phone/phone-call.ts';
import { startTwilioVoiceWebhook, type TwilioVoiceWebhook } from '../../src/channels/phone/twilio-voice-webhook.ts';
import { FakeTwilio } from '../fakes/twilio/fake-twilio.ts';

const AUTH_TOKEN = 'test-auth-token-not-secret';
// The public base URL the number's webhook is set to; the fake delivers to the local server, as a tunnel would.
const PUBLIC_URL = 'https://shopper.example.com/phone';
const SHOPPER = '+447700900123';
const SALES_DESK = '+442071838750';

describe('Twilio Voice webhook (the shopper\'s real number) against a fake Twilio', () => {
  let webhook: TwilioVoiceWebhook;
  let calls: CallLog;
  let twilio: FakeTwilio;
  before(async () => {
    const storeDir = await mkdtemp(path.join(os.tmpdir(), 'twilio-calls-'));
    webhook = await startTwilioVoiceWebhook({ authToken: AUTH_TOKEN, publicUrl: PUBLIC_URL, storeDir });
    calls = new CallLog(storeDir, SHOPPER);
    twilio = new FakeTwilio(AUTH_TOKEN, PUBLIC_URL, webhook.url);
  });
  after(() => webhook.stop());

  test('a signed call is answered with TwiML, politely declined, and logged: time, caller, what was said, duration', async () => {
    const since = new Date();
    const placed = await twilio.placeCall({ from: SALES_DESK, to: SHOPPER, says: 'Have you thought about Travel insurance?', durationSeconds: 23 });
    assert.deepEqual(placed.statuses, [200, 200, 204]);
    assert.equal(placed.heardFromPhone, ANSWER_WORDS['not-interested']);
    const [call, ...more] = await calls.list({ to: SHOPPER, receivedAfter: since });
    assert.deepEqual(more, []);
    assert.equal(call?.from, SALES_DESK);
    assert.equal(call?.callSid, placed.callSid);
    assert.equal(call?.heard, 'Have you thought about Travel insurance?');
    assert.equal(call?.answer, 'not-interested');
    assert.equal(call?.durationSeconds, 23);
    assert.ok(call!.receivedAt.getTime() >= since.getTime());
  });

  test('once the journey says so, the phone asks not to be called again', async () => {
    await calls.answerWith(SHOPPER, 'do-not-call');
    try {
      const placed = await twilio.placeCall({ from: SALES_DESK, to: SHOPPER, says: 'A quick word about Bike insurance policy' });
      assert.match(placed.heardFromPhone, /do not call me again/i);
    } finally {
      await calls.answerWith(SHOPPER, 'not-interested');
    }
  });

  test('a waiting journey is woken by the call', async () => {
    const since = new Date();
    const waiting = calls.waitFor({ to: SHOPPER, from: SALES_DESK, receivedAfter: since }, 10_000);
    setTimeout(() => void twilio.placeCall({ from: SALES_DESK, to: SHOPPER, says: 'Hello' }), 200);
    assert.equal((await waiting)?.from, SALES_DESK);
  });

  for (const signing of ['wrong-token', 'none'] as const) {
    test(`a call ${signing === 'none' ? 'without a signature' : 'signed with another token'} is refused with 403 and not logged`, async () => {
      const since = new Date();
      const placed = await twilio.placeCall({ from: SALES_DESK, to: SHOPPER, says: 'Spoofed', signing });
      assert.deepEqual(placed.statuses, [403, 403]);
      assert.equal(placed.heardFromPhone, '');
      assert.deepEqual(await calls.list({ to: SHOPPER, receivedAfter: since }), []);
    });
  }

  test('a signature for another URL (a replay to another path) is refused', async () => {
    const elsewhere = new FakeTwilio(AUTH_TOKEN, 'https://attacker.example.net/phone', webhook.url);
    const placed = await elsewhere.placeCall({ from: SALES_DESK, to: SHOPPER, says: 'Replayed' });
    assert.equal(placed.statuses[0], 403);
  });
});
