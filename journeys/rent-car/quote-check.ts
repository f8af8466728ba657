import { formatDuration } from '../../src/config/duration.ts';
import { isSameAmount, percentDifference, subtractMoney } from '../../src/money/compare-money.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { Money } from '../../src/money/money.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { CarSearch } from './car-rental-pages.ts';
import { waitForOfferEmail } from './emailed-offer.ts';
import { readQuotedTotal } from './quoted-total.ts';
import { describeDates } from './rental-dates.ts';
import type { SeenPrice } from './seen-price.ts';

/**
 * The offer emailed on request must quote the price the site showed when asking: records
 * `quote-mismatch` if it does not (or never comes), and goes on. An offer due later than a run
 * may wait is recorded as awaiting.
 */
export async function checkEmailedOffer(parts: JourneyParts, search: CarSearch, shown: SeenPrice, askedAt: Date): Promise<void> {
  const { notebook, target, shopper, runId } = parts;
  const { quoteEmailWait, maxWaitInRun } = target.timing;
  const { car, total } = shown.offer;
  const dates = describeDates(search.pickUp, search.dropOff);
  const email = await waitForOfferEmail(parts, shown.offer, askedAt, Math.min(quoteEmailWait, maxWaitInRun));
  if (!email && quoteEmailWait > maxWaitInRun) {
    return notebook.awaiting({
      runId,
      journey: 'rent-car',
      check: `the offer for the ${car} car, ${dates}, reaches ${shopper.email} quoting ${formatMoney(total)}`,
      kind: 'quote-mismatch',
      dueAt: new Date(askedAt.getTime() + quoteEmailWait).toISOString(),
      details: { address: shopper.email, car, shownPrice: formatMoney(total), askedAt: askedAt.toISOString() },
    });
  }
  if (!email) {
    return notebook.found({
      kind: 'quote-mismatch',
      customerImpact: `The offer for the ${car} car I asked for by email never reached me`,
      expected: `An email within ${formatDuration(quoteEmailWait)} quoting the ${formatMoney(total)} the site showed for the ${car} car, ${dates}`,
      observed: `No offer email reached ${shopper.email} within ${formatDuration(quoteEmailWait)} of asking`,
      evidence: [shown.screenshot],
    });
  }
  const source = await notebook.evidence(`offer email: ${email.subject || '(no subject)'}`, email.source, 'message/rfc822');
  const quoted = readQuotedTotal(email);
  if (!quoted) throw new Error(`Cannot tell which amount the offer email "${email.subject}" quotes as its total`);
  if (quoted.currency === total.currency && isSameAmount(quoted, total)) return;
  await notebook.found({
    kind: 'quote-mismatch',
    customerImpact: `The offer emailed to me quotes ${formatMoney(quoted)}, but the site showed ${formatMoney(total)} for the same car and dates`,
    expected: `The emailed offer for the ${car} car, ${dates}, quotes the ${formatMoney(total)} the site showed me`,
    observed: `"${email.subject}" quotes ${formatMoney(quoted)}${howFarOff(quoted, total)}`,
    evidence: [source, shown.screenshot],
  });
}

function howFarOff(quoted: Money, shown: Money): string {
  if (quoted.currency !== shown.currency) return `, in ${quoted.currency} instead of ${shown.currency}`;
  const difference = subtractMoney(quoted, shown);
  const direction = difference.minor > 0 ? 'more' : 'less';
  const size = formatMoney({ ...difference, minor: Math.abs(difference.minor) });
  return `: ${size} (${Math.abs(percentDifference(quoted, shown))} %) ${direction} than the price shown`;
}
