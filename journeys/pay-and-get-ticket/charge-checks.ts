import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { Money } from '../../src/money/money.ts';

export interface ChargeFacts {
  orderNumber: string;
  /** The total shown at checkout, before paying. */
  shown: Money;
  /** What the payment provider's ledger captured for the order. */
  captures: readonly LedgerCapture[];
}

/** More than one capture for one order, whatever the amounts. */
export function findDoubleCharge({ orderNumber, shown, captures }: ChargeFacts): FindingDraft | undefined {
  if (captures.length <= 1) return undefined;
  return {
    kind: 'double-charge',
    customerImpact: `Charged ${times(captures.length)} for one order: captures of ${listOf(captures.map(amountOf))} for order ${orderNumber}`,
    expected: `One capture for order ${orderNumber}, of ${formatMoney(shown)} as shown at checkout`,
    observed: `${captures.length} captures in the payment provider's ledger: ${listOf(captures.map((capture) => `${amountOf(capture)} at ${capture.capturedAt}`))}`,
  };
}

/** A capture whose amount (or currency) is not the total shown at checkout. */
export function findAmountMismatch({ orderNumber, shown, captures }: ChargeFacts): FindingDraft | undefined {
  const different = captures.filter((capture) => !sameMoney(moneyOf(capture), shown));
  if (different.length === 0) return undefined;
  return {
    kind: 'amount-mismatch',
    customerImpact: `Charged ${listOf(different.map(amountOf))} for order ${orderNumber}, but the price shown was ${formatMoney(shown)}`,
    expected: `Every capture for order ${orderNumber} is ${formatMoney(shown)}, the total shown at checkout`,
    observed: `The payment provider's ledger shows ${listOf(captures.map(amountOf))} for order ${orderNumber}`,
  };
}

/** The same amount in the same currency; another currency is another amount, never an error. */
function sameMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

export function moneyOf(capture: LedgerCapture): Money {
  return { currency: capture.currency, minor: capture.amount };
}

export function amountOf(capture: LedgerCapture): string {
  return formatMoney(moneyOf(capture));
}

/** "a", "a and b", "a, b and c" */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function times(count: number): string {
  return count === 2 ? 'twice' : `${count} times`;
}
