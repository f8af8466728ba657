import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAmountMismatch, findDoubleCharge } from '../../journeys/pay-and-get-ticket/charge-checks.ts';
import { formatMoney, parseMoneyText } from '../../journeys/pay-and-get-ticket/money-text.ts';
import { chargeClaim, findPaymentDisagreement, type ShopStatements } from '../../journeys/pay-and-get-ticket/payment-agreement.ts';
import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';

const SHOWN = { currency: 'EUR', minor: 41_200 };

describe('money as pages show it', () => {
  test('reads and writes amounts as integer minor units with their currency', () => {
    assert.deepEqual(parseMoneyText('Total: EUR 412.00'), { currency: 'EUR', minor: 41_200 });
    assert.deepEqual(parseMoneyText('€1,234.50 per person'), { currency: 'EUR', minor: 123_450 });
    assert.deepEqual(parseMoneyText('515 EUR'), { currency: 'EUR', minor: 51_500 });
    assert.equal(parseMoneyText('no price here'), undefined);
    assert.equal(formatMoney({ currency: 'EUR', minor: 123_450 }), 'EUR 1,234.50');
    assert.equal(formatMoney({ currency: 'EUR', minor: 5 }), 'EUR 0.05');
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
    paymentPage: { paid: true, said: 'Thank you, your flight is booked. EUR 412.00' },
    orderList: { status: 'Paid' },
    support: 'Your payment was successful: we received EUR 412.00 for order N-1042.',
  };

  test('reads what each channel claims', () => {
    assert.equal(chargeClaim('Paid'), 'charged');
    assert.equal(chargeClaim('Unpaid'), 'not-charged');
    assert.equal(chargeClaim('Your payment was successful: we received EUR 412.00'), 'charged');
    assert.equal(chargeClaim('We have not received any payment for order N-1042, so you have not been charged.'), 'not-charged');
    assert.equal(chargeClaim("We haven't received your payment yet"), 'not-charged');
    assert.equal(chargeClaim('Payment pending'), 'not-charged');
    assert.equal(chargeClaim('Please call us'), 'unclear');
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
      paymentPage: { paid: false, said: 'Payment could not be completed: Something went wrong' },
      orderList: { status: 'Unpaid' },
      support: 'Your payment was successful: we received EUR 412.00 for order N-1042.',
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
    const denied = findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, support: 'We have not received any payment for order N-1042.' });
    assert.match(denied!.customerImpact, /yet customer support says "We have not received any payment/);
    const missing = findPaymentDisagreement('N-1042', [capture(41_200)], { ...agreeing, orderList: undefined });
    assert.match(missing!.customerImpact, /yet my order list does not show the order, while customer support says/);
  });

  test('nothing captured: there is no charge to disagree with', () => {
    assert.equal(findPaymentDisagreement('N-1042', [], { ...agreeing, paymentPage: { paid: false, said: 'Declined' } }), undefined);
  });
});

let sequence = 0;
function capture(amount: number): LedgerCapture {
  sequence += 1;
  return { id: `cap_${sequence}`, order: 'N-1042', amount, currency: 'EUR', capturedAt: `2026-11-22T08:00:0${sequence % 10}.000Z`, cardLast4: '4242' };
}
