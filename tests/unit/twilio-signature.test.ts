import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSignedByTwilio, twilioSignature } from '../../src/channels/phone/twilio-signature.ts';

// Twilio's published example (its request-validation docs and every official helper library's tests).
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = new URLSearchParams({ CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' });
const SIGNATURE = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

test("the signature is Twilio's for its published example, whatever the order of the parameters", () => {
  assert.equal(twilioSignature(TOKEN, URL, PARAMS), SIGNATURE);
  assert.equal(twilioSignature(TOKEN, URL, new URLSearchParams([...PARAMS.entries()].reverse())), SIGNATURE);
});

test('a wrong, missing or tampered signature is refused', () => {
  assert.equal(isSignedByTwilio(TOKEN, URL, PARAMS, SIGNATURE), true);
  assert.equal(isSignedByTwilio(TOKEN, URL, PARAMS, undefined), false);
  assert.equal(isSignedByTwilio(TOKEN, URL, PARAMS, 'RSOYDt4T1cUTdK1PDd93/VVr8B8'), false);
  assert.equal(isSignedByTwilio('54321', URL, PARAMS, SIGNATURE), false);
  assert.equal(isSignedByTwilio(TOKEN, `${URL}&baz=3`, PARAMS, SIGNATURE), false);
  const tampered = new URLSearchParams(PARAMS);
  tampered.set('From', '+14155550100');
  assert.equal(isSignedByTwilio(TOKEN, URL, tampered, SIGNATURE), false);
});
