import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MoneyFormatError } from '../../src/money/parse-money.ts';
import { readMoney } from '../../src/money/read-money.ts';

describe('readMoney', () => {
  it('reads a price as each locale writes it, its separators and signs from Intl', () => {
    const cases: Array<[string, { locale?: string; currency?: string }, string, number]> = [
      ['1.234,56 €', { locale: 'de-DE' }, 'EUR', 123456],
      ['kr 1 990,00', { locale: 'sv-SE', currency: 'SEK' }, 'SEK', 199000],
      ['1\u00a0990,00\u00a0kr', { locale: 'sv-SE', currency: 'SEK' }, 'SEK', 199000],
      ['64.88 USD', { locale: 'en-US' }, 'USD', 6488],
      ['$1,234.50', { locale: 'en-US' }, 'USD', 123450],
      ['1 234,50 €', { locale: 'fr-FR' }, 'EUR', 123450],
      ['CHF 1’234.50', { locale: 'de-CH' }, 'CHF', 123450],
      ['¥1,000', { locale: 'ja-JP' }, 'JPY', 1000],
      ['₹1,23,456.00', { locale: 'en-IN' }, 'INR', 12345600],
      ['1 990,00', { locale: 'sv-SE', currency: 'SEK' }, 'SEK', 199000],
      // Without a locale, either notation, as parseMoney reads it.
      ['1.234,56 €', {}, 'EUR', 123456],
      ['64.88 USD', {}, 'USD', 6488],
    ];
    for (const [text, notation, currency, minor] of cases) {
      assert.deepEqual(readMoney(text, notation), { currency, minor }, `${text} in ${notation.locale ?? 'any locale'}`);
    }
  });

  it('refuses what the locale does not write, or a sign it cannot place', () => {
    assert.throws(() => readMoney('1,234.56 €', { locale: 'de-DE' }), MoneyFormatError);
    assert.throws(() => readMoney('kr 1 990,00', { locale: 'sv-SE' }), /checkout\.currency/);
    assert.throws(() => readMoney('12,345 SEK', { locale: 'sv-SE', currency: 'SEK' }), /3 decimals|2 decimals/);
    assert.throws(() => readMoney('kr', { locale: 'sv-SE', currency: 'SEK' }), /no amount/);
  });
});
