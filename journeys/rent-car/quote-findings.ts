import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { isSameAmount, percentDifference, subtractMoney } from '../../src/money/compare-money.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { Money } from '../../src/money/money.ts';
import type { QuoteRequest } from './quote-request.ts';
import { readQuotedTotal } from './quoted-total.ts';
import { describeDates } from './rental-dates.ts';

/** The finding when no offer email came within the promised time. */
export function offerNeverCame(request: QuoteRequest, waitMs: number): FindingDraft {
  const { car, shown, address } = request;
  return {
    kind: 'quote-mismatch',
    customerImpact: `The offer for the ${car} car I asked for by email never reached me`,
    expected: `An email within ${formatDuration(waitMs)} quoting the ${formatMoney(shown)} the site showed for the ${car} car, ${datesOf(request)}`,
    observed: `No offer email reached ${address} within ${formatDuration(waitMs)} of asking`,
  };
}

/**
 * The finding when the offer email quotes another amount than the site showed, or undefined when
 * it quotes the same. Throws when the email names no single total: nothing to compare.
 */
export function findQuoteMismatch(request: QuoteRequest, email: ReceivedEmail): FindingDraft | undefined {
  const { car, shown } = request;
  const quoted = readQuotedTotal(email);
  if (!quoted) throw new Error(`Cannot tell which amount the offer email "${email.subject}" quotes as its total`);
  if (quoted.currency === shown.currency && isSameAmount(quoted, shown)) return undefined;
  return {
    kind: 'quote-mismatch',
    customerImpact: `The offer emailed to me quotes ${formatMoney(quoted)}, but the site showed ${formatMoney(shown)} for the same car and dates`,
    expected: `The emailed offer for the ${car} car, ${datesOf(request)}, quotes the ${formatMoney(shown)} the site showed me`,
    observed: `"${email.subject}" quotes ${formatMoney(quoted)}${howFarOff(quoted, shown)}`,
  };
}

function datesOf(request: QuoteRequest): string {
  return describeDates(request.pickUp, request.dropOff);
}

function howFarOff(quoted: Money, shown: Money): string {
  if (quoted.currency !== shown.currency) return `, in ${quoted.currency} instead of ${shown.currency}`;
  const difference = subtractMoney(quoted, shown);
  const direction = difference.minor > 0 ? 'more' : 'less';
  const size = formatMoney({ ...difference, minor: Math.abs(difference.minor) });
  return `: ${size} (${Math.abs(percentDifference(quoted, shown))} %) ${direction} than the price shown`;
}
