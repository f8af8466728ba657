import { findMoney } from '../../src/money/find-money.ts';
import type { Money } from '../../src/money/money.ts';

const TOTAL_LINE = /\b(total|to pay|amount due|you pay)\b/i;

/**
 * The total an emailed offer quotes, read as the customer reads it: the amount on the line that
 * says "total" (or "to pay"…); in an email with a single amount, that one. Undefined when the
 * email names no amount, or several different totals.
 */
export function readQuotedTotal(email: { text?: string; html?: string }): Money | undefined {
  const lines = (email.text || htmlToText(email.html ?? '')).split(/\r?\n/);
  const totals = distinct(lines.filter((line) => TOTAL_LINE.test(line)).flatMap((line) => findMoney(line).map((found) => found.money)));
  if (totals.length > 0) return totals.length === 1 ? totals[0] : undefined;
  const amounts = distinct(findMoney(lines.join('\n')).map((found) => found.money));
  return amounts.length === 1 ? amounts[0] : undefined;
}

function distinct(amounts: Money[]): Money[] {
  return amounts.filter((amount, index) => amounts.findIndex((other) => other.currency === amount.currency && other.minor === amount.minor) === index);
}

// Enough of HTML for reading prices: block ends become line breaks, tags go, common entities are decoded.
function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/tr|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&euro;|&#8364;/g, '€')
    .replace(/&pound;|&#163;/g, '£')
    .replace(/&amp;/g, '&');
}
