import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { grantsSixMonthExtension, isExtensionConfirmation, isRenewalNotice, renewalDateIn } from '../../journeys/promise-kept/renewal-texts.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('renewalDateIn', () => {
  test('the date after "renew", not the other dates around it', () => {
    assert.deepEqual(renewalDateIn('Member since 6 August 2027. Renews on 6 August 2028.'), day('2028-08-06'));
    assert.deepEqual(renewalDateIn('we have extended it by six months; it now renews on 6 February 2029.'), day('2029-02-06'));
    assert.deepEqual(renewalDateIn('Your renewal date: Feb 6, 2029'), day('2029-02-06'));
  });

  test('the only date when nothing says "renew"; none when that is ambiguous', () => {
    assert.deepEqual(renewalDateIn('Valid until 6 Feb 2029'), day('2029-02-06'));
    assert.equal(renewalDateIn('From 6 Feb 2028 to 6 Feb 2029'), undefined);
    assert.equal(renewalDateIn('Renews every year'), undefined);
  });
});

describe('grantsSixMonthExtension', () => {
  test('an answer that extends by six months', () => {
    assert.equal(grantsSixMonthExtension('As offered, I have extended your membership by six months.'), true);
    assert.equal(grantsSixMonthExtension('Done: a 6-month extension is on your account.'), true);
  });

  test('a refusal, another length or another topic is no grant', () => {
    assert.equal(grantsSixMonthExtension('Sorry, I cannot extend your membership by six months.'), false);
    assert.equal(grantsSixMonthExtension('I have extended your membership by three months.'), false);
    assert.equal(grantsSixMonthExtension('What would you like to do?'), false);
  });
});

describe('confirmation and renewal notice', () => {
  const confirmation = email('c1', 'Your Demo Shop Plus membership has been extended', 'it now renews on 6 February 2029');
  const notice = email('n1', 'Your Demo Shop Plus membership renews on 6 February 2029', 'We will charge the yearly fee.');

  test('the confirmation speaks of the extension; the notice of the renewal', () => {
    assert.equal(isExtensionConfirmation(confirmation), true);
    assert.equal(isExtensionConfirmation(notice), false);
    assert.equal(isRenewalNotice(confirmation)(notice), true);
  });

  test('the confirmation itself is never taken for the notice', () => {
    const renewalConfirmation = email('c2', 'Your renewal date has changed', 'We have extended your membership.');
    assert.equal(isRenewalNotice(renewalConfirmation)(renewalConfirmation), false);
    assert.equal(isRenewalNotice(undefined)(email('c3', 'Your membership renewal has been extended', '')), false);
  });
});

function email(id: string, subject: string, text: string): ReceivedEmail {
  return { id, receivedAt: new Date(), envelope: { from: '', to: [] }, from: 'members@demo-shop.test', to: [], subject, headers: new Map(), text, source: '' };
}
