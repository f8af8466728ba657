import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskCardNumber } from '../../journeys/rent-car/loyalty-card.ts';
import { readQuotedTotal } from '../../journeys/rent-car/quoted-total.ts';
import { describeDates, rentalDates } from '../../journeys/rent-car/rental-dates.ts';

describe('rentalDates', () => {
  it('counts whole days from today on the shopper’s calendar', () => {
    assert.deepEqual(rentalDates(5, 2, new Date(2026, 10, 22, 23, 30)), { pickUp: '2026-12-06', dropOff: '2026-12-11' });
    assert.deepEqual(rentalDates(1, 0, new Date(2026, 11, 31, 0, 5)), { pickUp: '2026-12-31', dropOff: '2027-01-01' });
    assert.deepEqual(rentalDates(3, 1, new Date(2028, 1, 20)), { pickUp: '2028-02-27', dropOff: '2028-03-01' });
  });

  it('refuses a rental of no days or one in the past', () => {
    assert.throws(() => rentalDates(0, 2), /at least one \(not 0\)/);
    assert.throws(() => rentalDates(1.5, 2), /whole number of days/);
    assert.throws(() => rentalDates(3, -1), /whole weeks from today \(not -1\)/);
  });

  it('describes the dates in words', () => {
    assert.equal(describeDates('2026-12-06', '2026-12-11'), 'Sun 6 Dec 2026 to Fri 11 Dec 2026');
    assert.throws(() => describeDates('6/12/2026', '2026-12-11'), /"6\/12\/2026" is not a calendar day/);
  });
});

describe('maskCardNumber', () => {
  it('masks every digit but the last four, keeping the spacing', () => {
    assert.equal(maskCardNumber('701234567890'), '••••••••7890');
    assert.equal(maskCardNumber('7012 3456 7890'), '•••• •••• 7890');
    assert.equal(maskCardNumber('DC-7012-3456'), 'DC-••••-3456');
    assert.equal(maskCardNumber('1234'), '1234');
  });
});

describe('readQuotedTotal', () => {
  it('reads the amount on the total line, whatever else the offer mentions', () => {
    const text = ['Car: Compact', 'List price per day: EUR 45.50', 'Total price: EUR 227.50', 'Deposit: €300.00'].join('\n');
    assert.deepEqual(readQuotedTotal({ text }), { currency: 'EUR', minor: 22750 });
  });

  it('reads an HTML-only offer the way it is shown', () => {
    const html = `<table><tr><th>Per day</th><td>&euro;45.50</td></tr>
      <tr><th>Total price</th><td>227,50&nbsp;&euro;</td></tr></table>`;
    assert.deepEqual(readQuotedTotal({ html }), { currency: 'EUR', minor: 22750 });
    assert.deepEqual(readQuotedTotal({ text: '', html: '<p>You pay <b>$99</b></p>' }), { currency: 'USD', minor: 9900 });
  });

  it('takes the only amount of an offer that names no total', () => {
    assert.deepEqual(readQuotedTotal({ text: 'Your Compact for 5 days: €227.50.\nSee you soon!' }), { currency: 'EUR', minor: 22750 });
    assert.deepEqual(readQuotedTotal({ text: 'Price €227.50, that is €227.50 in all.' }), { currency: 'EUR', minor: 22750 });
  });

  it('gives no answer when it cannot tell which amount is the total', () => {
    assert.equal(readQuotedTotal({ text: 'Total: EUR 227.50\nTotal with extras: EUR 260.00' }), undefined);
    assert.equal(readQuotedTotal({ text: 'Per day €45.50, deposit €300.00' }), undefined);
    assert.equal(readQuotedTotal({ text: 'Your offer is attached.' }), undefined);
    assert.equal(readQuotedTotal({}), undefined);
  });
});
