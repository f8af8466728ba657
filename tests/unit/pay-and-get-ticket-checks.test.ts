import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAmountMismatch, findDoubleCharge } from '../../journeys/pay-and-get-ticket/charge-checks.ts';
import { findPaymentDisagreement, type ShopStatements } from '../../journeys/pay-and-get-ticket/payment-agreement.ts';
import { paymentStateIn } from '../../journeys/pay-and-get-ticket/payment-words.ts';
import { ticketNotDelivered } from '../../journeys/pay-and-get-ticket/ticket-not-delivered.ts';
import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';

const SHOWN = { currency: 'EUR', minor: 41_200 };

describe('the proof of purchase, in the target\'s nouns', () => {
  test('a missing e-ticket and a missing order confirmation are the same finding, each in its shop\'s words', () => {
    const order = { orderNumber: 'N-1042', paid: 'EUR 412.00', address: 'sam@shopper.test', slaMs: 15 * 60_000 };
    const ticket = ticketNotDelivered({ ...order, item: 'DS101 Helsinki → Lisbon', proof: 'e-ticket' });
    assert.equal(ticket.kind, 'ticket-not-delivered');
    assert.match(ticket.customerImpact, /no e-ticket arrived by email within 15 min/);
    const lamp = ticketNotDelivered({ ...order, item: 'Taklampa Ljus', proof: 'order confirmation' });
    assert.equal(lamp.kind, 'ticket-not-delivered');
    assert.match(lamp.customerImpact, /\(Taklampa Ljus\), but no order confirmation arrived/);
    assert.doesNotMatch(`${lamp.customerImpact} ${lamp.expected} ${lamp.observed}`, /ticket|flight/i);
  });
});

describe('charged exactly once, the amount shown', () => {
  test('one capture of the amount shown: nothing to report', () => {
    const facts = { orderNumber: 'N-1042', shown: SHOWN, captures: [capture(41_200)] };
    assert.equal(findDoubleCharge(facts), undefined);
    assert.equal(findAmountMismatch(facts), undefined);
  });

  test('two captures of the amount shown: a double charge, not an amount mismatch', () => {
    const facts = { orderNumber: 'N-1042', shown: SHOWN, captures: [capture(41_200), capture(41_200)] };
    assert.equal(findDoubleCharge(facts)?.customerImpact, 'Charged twice for one order: captures of EUR 412.00 and EUR 412.00 for order N-1042');
    assert.equal(findAmountMismatch(facts), undefined);
  });

  test('a second capture 25 % higher: both a double charge and an amount mismatch, in plain words', () => {
    const facts = { orderNumber: 'N-1042', shown: SHOWN, captures: [capture(41_200), capture(51_500)] };
    const doubleCharge = findDoubleCharge(facts)!;
    assert.equal(doubleCharge.kind, 'double-charge');
    assert.equal(doubleCharge.customerImpact, 'Charged twice for one order: captures of EUR 412.00 and EUR 515.00 for order N-1042');
    const mismatch = findAmountMismatch(facts)!;
    assert.equal(mismatch.kind, 'amount-mismatch');
    assert.equal(mismatch.customerImpact, 'Charged EUR 515.00 for order N-1042, but the price shown was EUR 412.00');
    assert.match(mismatch.observed, /EUR 412\.00 and EUR 515\.00/);
  });

  test('one capture of another amount or currency: an amount mismatch only', () => {
    const facts = { orderNumber: 'N-7', shown: SHOWN, captures: [{ ...capture(41_200), currency: 'USD' }] };
    assert.equal(findDoubleCharge(facts), undefined);
    assert.equal(findAmountMismatch(facts)?.customerImpact, 'Charged USD 412.00 for order N-7, but the price shown was EUR 412.00');
    assert.match(findDoubleCharge({ ...facts, captures: [capture(1), capture(2), capture(3)] })!.customerImpact, /^Charged 3 times for one order/);
  });
});

describe('the shop agrees with the ledger', () => {
  const agreeing: ShopStatements = {
    paymentPage: { state: 'paid', said: 'Thank you, your flight is booked. EUR 412.00' },
    orderList: { state: 'paid', said: 'Paid' },
    support: { state: 'paid', said: 'Your payment was successful: we received EUR 412.00 for order N-1042.' },
  };

  test('a web adapter reads what each channel says as a state', () => {
    assert.equal(paymentStateIn('Paid'), 'paid');
    assert.equal(paymentStateIn('Unpaid'), 'failed');
    assert.equal(paymentStateIn('Your payment was successful: we received EUR 412.00'), 'paid');
    assert.equal(paymentStateIn('We have not received any payment for order N-1042, so you have not been charged.'), 'failed');
    assert.equal(paymentStateIn("We haven't received your payment yet"), 'failed');
    assert.equal(paymentStateIn('Payment pending'), 'failed');
    assert.equal(paymentStateIn('Please call us'), 'unknown');
  });

  test('every channel says paid, as the ledger shows: nothing to report', () => {
    assert.equal(findPaymentDisagreement('N-1042', [capture(41_200)], agreeing), undefined);
  });

  test('an earlier attempt that failed before a confirmed retry is not an ambiguous error', () => {
    // Only the last page is passed: the journey keeps earlier attempts as evidence, not as claims.
    assert.equal(findPaymentDisagreement('N-1042', [capture(41_200), capture(51_500)], agreeing), undefined);
  });

  test('an error page and an unpaid order although charged, while support says success', () => {
    const finding = findPaymentDisagreement('N-1042', [capture(41_200)], {
      paymentPage: { state: 'failed', said: 'Payment could not be completed: Something went wrong' },
      orderList: { state: 'failed', said: 'Unpaid' },
      support: { state: 'paid', said: 'Your payment was successful: we received EUR 412.00 for order N-1042.' },
    })!;
    assert.equal(finding.kind, 'ambiguous-payment-error');
    assert.equal(
      finding.customerImpact,
      'I cannot tell whether I paid for order N-1042: EUR 412.00 was taken from my card, yet the payment page said ' +
        '"Payment could not be completed: Something went wrong" and my order list says "Unpaid", while customer support says ' +
        '"Your payment was successful: we received EUR 412.00 for order N-1042."',
    );
    assert.match(finding.observed, /ledger: 1 capture \(EUR 412\.00\)/);
  });

  test('a confirmation, but support denies the payment or the order is missing from the list', () => {
    const denied = findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, support: { state: 'failed', said: 'We have not received any payment for order N-1042.' } });
    assert.match(denied!.customerImpact, /yet customer support says "We have not received any payment/);
    const missing = findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, orderList: undefined });
    assert.match(missing!.customerImpact, /yet my order list does not show the order, while customer support says/);
  });

  test('a shop without a payment support channel: support is not checked, the other channels still are', () => {
    assert.equal(findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, support: undefined }), undefined);
    const unpaid = findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, orderList: { state: 'unknown', said: 'processing' }, support: undefined })!;
    assert.equal(unpaid.kind, 'ambiguous-payment-error');
    assert.match(unpaid.observed, /customer support: not checked/);
    assert.doesNotMatch(unpaid.customerImpact, /customer support/);
  });

  test('nothing captured: there is no charge to disagree with', () => {
    assert.equal(findPaymentDisagreement('N-1042', [], { ...agreeing, paymentPage: { state: 'failed', said: 'Declined' } }), undefined);
  });
});

let sequence = 0;
function capture(amount: number): LedgerCapture {
  sequence += 1;
  return { id: `cap_${sequence}`, order: 'N-1042', amount, currency: 'EUR', capturedAt: `2026-11-22T08:00:0${sequence % 10}.000Z`, cardLast4: '4242' };
}
