import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareMoney,
  CurrencyMismatchError,
  isMoreThan,
  isSameAmount,
  percentDifference,
  subtractMoney,
} from '../../src/money/compare-money.ts';
import { findMoney } from '../../src/money/find-money.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import { money } from '../../src/money/money.ts';
import { MoneyFormatError, parseMoney } from '../../src/money/parse-money.ts';

describe('parseMoney', () => {
  it('reads prices the way customers see them', () => {
    const cases: Array<[string, string, number]> = [
      ['EUR 412.00', 'EUR', 41200],
      ['€412.00', 'EUR', 41200],
      ['412,00 €', 'EUR', 41200],
      ['€1,234.50', 'EUR', 123450],
      ['1.234,50 EUR', 'EUR', 123450],
      ['$99', 'USD', 9900],
      ['US$ 12.5', 'USD', 1250],
      ['£0.99', 'GBP', 99],
      ['CHF 1\'234.50', 'CHF', 123450],
      ['CHF 1’234.50', 'CHF', 123450],
      ['1 234,50 €', 'EUR', 123450],
      ['1\u00a0234,50\u00a0€', 'EUR', 123450],
      ['1\u202f234,50 €', 'EUR', 123450],
      ['€1,234,567.89', 'EUR', 123456789],
      ['1.234.567,89 EUR', 'EUR', 123456789],
      ['  EUR   7  ', 'EUR', 700],
      ['12,50 zł', 'PLN', 1250],
      ['EUR0.05', 'EUR', 5],
    ];
    for (const [text, currency, minor] of cases) assert.deepEqual(parseMoney(text), { currency, minor }, text);
  });

  it('takes a lone separator before exactly three digits as a thousands separator', () => {
    assert.deepEqual(parseMoney('€1,234'), { currency: 'EUR', minor: 123400 });
    assert.deepEqual(parseMoney('1.234 EUR'), { currency: 'EUR', minor: 123400 });
    assert.deepEqual(parseMoney('€12.345.678'), { currency: 'EUR', minor: 1234567800 });
  });

  it('knows how many decimals each currency has', () => {
    assert.deepEqual(parseMoney('¥1,000'), { currency: 'JPY', minor: 1000 });
    assert.deepEqual(parseMoney('JPY 1000'), { currency: 'JPY', minor: 1000 });
    assert.deepEqual(parseMoney('KWD 1.250'), { currency: 'KWD', minor: 1250 });
    assert.deepEqual(parseMoney('KWD 1,250.125'), { currency: 'KWD', minor: 1250125 });
    assert.deepEqual(parseMoney('€4.5'), { currency: 'EUR', minor: 450 });
  });

  it('reads a minus sign before or after the currency, and never gives -0', () => {
    assert.deepEqual(parseMoney('-€22.75'), { currency: 'EUR', minor: -2275 });
    assert.deepEqual(parseMoney('EUR -22.75'), { currency: 'EUR', minor: -2275 });
    assert.deepEqual(parseMoney('\u221222,75 €'), { currency: 'EUR', minor: -2275 });
    assert.ok(Object.is(parseMoney('-€0.00').minor, 0));
  });

  it('accepts a code and a symbol that agree', () => {
    assert.deepEqual(parseMoney('$ 5 USD'), { currency: 'USD', minor: 500 });
  });

  it('refuses malformed input with a clear reason', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /it is empty/],
      ['   ', /it is empty/],
      ['EUR', /expected an amount/],
      ['€', /expected an amount/],
      ['412.00', /names no currency/],
      ['412', /names no currency/],
      ['EUR 41a.00', /expected an amount/],
      ['EUR twelve', /expected an amount/],
      ['XYZ 12.00', /expected an amount/],
      ['eur 12.00', /expected an amount/],
      ['€.50', /expected an amount/],
      ['EUR 12.', /no digits follow the decimal separator/],
      ['EUR 1.2.3', /not grouped in threes/],
      ['€1,23,456.00', /not grouped in threes/],
      ['€12,34,567', /not grouped in threes/],
      ['€1 234,567.00', /mixes digit separators/],
      ['€1,234.5.6', /mixes digit separators/],
      ['1.234,5 6 €', /decimals are not all digits/],
      ['€4.1234', /EUR has 2 decimals, not 4/],
      ['¥1000.5', /JPY has no decimals, not 1/],
      ['EUR 5 USD', /two currencies, EUR and USD/],
      ['€5 GBP', /two currencies, EUR and GBP/],
      ['--€5', /expected an amount/],
      ['-€-5', /two minus signs/],
      ['€99999999999999999', /too large/],
      ['EUR 12 00 00', /not grouped in threes/],
      ['Total: €5', /expected an amount/],
    ];
    for (const [text, reason] of cases) {
      assert.throws(
        () => parseMoney(text),
        (error: unknown) => {
          assert.ok(error instanceof MoneyFormatError, `${text}: ${String(error)}`);
          assert.match(error.message, reason, text);
          assert.ok(error.message.startsWith(`Cannot read "${text}" as money`), error.message);
          return true;
        },
        text,
      );
    }
  });
});

describe('findMoney', () => {
  it('finds every amount in a text, in order, as written', () => {
    const found = findMoney('Compact: €45.50 per day. Total for 5 days: EUR 227.50. Deposit 300,00 € (refunded).');
    assert.deepEqual(
      found.map(({ money, text }) => [text, money.currency, money.minor]),
      [
        ['€45.50', 'EUR', 4550],
        ['EUR 227.50', 'EUR', 22750],
        ['300,00 €', 'EUR', 30000],
      ],
    );
    assert.equal(found[1]!.index, 'Compact: €45.50 per day. Total for 5 days: '.length);
  });

  it('does not glue a nearby count to an amount', () => {
    assert.deepEqual(findMoney('for 5 days 227,50 €').map((found) => found.text), ['227,50 €']);
    assert.deepEqual(findMoney('Total for 3 cars: 1 234,50 €').map((found) => found.money.minor), [123450]);
  });

  it('leaves out words that only look like currencies and numbers without one', () => {
    assert.deepEqual(findMoney('VAT 20.00 and PIN 1234, offer Q-1042 for 5 days'), []);
    assert.deepEqual(findMoney('EUROPE 12 and 12 EUROS'), []);
    assert.deepEqual(findMoney(''), []);
  });

  it('leaves out malformed amounts and keeps the rest', () => {
    assert.deepEqual(findMoney('€4.1234 or €4.12').map((found) => found.text), ['€4.12']);
  });
});

describe('formatMoney', () => {
  it('writes the ISO code, grouped thousands and the currency’s decimals', () => {
    assert.equal(formatMoney(money('EUR', 41200)), 'EUR 412.00');
    assert.equal(formatMoney(money('EUR', 123450)), 'EUR 1,234.50');
    assert.equal(formatMoney(money('EUR', 5)), 'EUR 0.05');
    assert.equal(formatMoney(money('EUR', 0)), 'EUR 0.00');
    assert.equal(formatMoney(money('EUR', -2275)), 'EUR -22.75');
    assert.equal(formatMoney(money('USD', 123456789)), 'USD 1,234,567.89');
    assert.equal(formatMoney(money('JPY', 1000)), 'JPY 1,000');
    assert.equal(formatMoney(money('KWD', 1250)), 'KWD 1.250');
  });

  it('reads back what it writes', () => {
    for (const amount of [money('EUR', 22750), money('USD', 1), money('JPY', 1234567), money('KWD', 7), money('GBP', -99)]) {
      assert.deepEqual(parseMoney(formatMoney(amount)), amount);
    }
  });
});

describe('money', () => {
  it('refuses anything but an ISO code and a whole number of minor units', () => {
    assert.throws(() => money('EURO', 1), /"EURO" is not an ISO 4217 currency code/);
    assert.throws(() => money('eur', 1), /not an ISO 4217/);
    assert.throws(() => money('EUR', 12.5), /12.5 is not a whole number of EUR minor units/);
    assert.throws(() => money('EUR', Number.NaN), /not a whole number/);
    assert.throws(() => money('EUR', 2 ** 60), /not a whole number/);
  });
});

describe('comparing money', () => {
  const public_ = money('EUR', 22750);
  const member = money('EUR', 24570);

  it('compares minor units, never floats', () => {
    assert.equal(compareMoney(member, public_), 1);
    assert.equal(compareMoney(public_, member), -1);
    assert.equal(compareMoney(public_, parseMoney('227,50 €')), 0);
    assert.ok(isMoreThan(member, public_));
    assert.ok(!isMoreThan(public_, public_));
    assert.ok(isSameAmount(parseMoney('€0.30'), money('EUR', 10 + 20)));
    assert.ok(!isSameAmount(public_, member));
  });

  it('subtracts and gives the difference in percent', () => {
    assert.deepEqual(subtractMoney(member, public_), { currency: 'EUR', minor: 1820 });
    assert.deepEqual(subtractMoney(public_, member), { currency: 'EUR', minor: -1820 });
    assert.equal(percentDifference(member, public_), 8);
    assert.equal(percentDifference(money('EUR', 25480), public_), 12);
    assert.equal(percentDifference(money('EUR', 100), money('EUR', 300)), -66.7);
    assert.throws(() => percentDifference(public_, money('EUR', 0)), /No percentage of EUR 0.00/);
  });

  it('refuses to compare different currencies, naming both amounts', () => {
    const dollars = money('USD', 22750);
    for (const compare of [compareMoney, isMoreThan, isSameAmount, subtractMoney, percentDifference]) {
      assert.throws(
        () => compare(public_, dollars),
        (error: unknown) =>
          error instanceof CurrencyMismatchError &&
          error.message === 'Cannot compare EUR 227.50 with USD 227.50: they are in different currencies',
      );
    }
  });
});
