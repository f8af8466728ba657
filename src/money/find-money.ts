import { CURRENCY_MARKER } from './currencies.ts';
import type { Money } from './money.ts';
import { MoneyFormatError, parseMoney } from './parse-money.ts';

export interface FoundMoney {
  money: Money;
  /** The amount as written, e.g. "€227.50". */
  text: string;
  index: number;
}

// An amount inside prose: digits grouped by spaces only when in threes ("1 234,50"), so that
// "for 5 days 227,50 €" does not read as one number; it ends on a digit, leaving a full stop out.
const NUMBER = `\\d{1,3}(?:[\\s'\u2019]\\d{3})+(?:[.,]\\d+)?|\\d(?:[\\d.,]*\\d)?`;
const MINUS = '[-\u2212]';
const AMOUNT_IN_TEXT = new RegExp(
  `(?:${MINUS})?(?:${CURRENCY_MARKER})\\s?(?:${MINUS})?(?:${NUMBER})|(?:${MINUS})?(?:${NUMBER})\\s?(?:${CURRENCY_MARKER})`,
  'gu',
);

/** Every amount of money written in a text (an email, a page), in order; malformed ones are left out. */
export function findMoney(text: string): FoundMoney[] {
  return [...text.matchAll(AMOUNT_IN_TEXT)].flatMap((match) => {
    try {
      return [{ money: parseMoney(match[0]), text: match[0], index: match.index }];
    } catch (error) {
      if (error instanceof MoneyFormatError) return [];
      throw error;
    }
  });
}
