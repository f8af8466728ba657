import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { CarSearch } from './car-rental-pages.ts';
import { waitForOfferEmail } from './emailed-offer.ts';
import { findQuoteMismatch, offerNeverCame } from './quote-findings.ts';
import { describeDates } from './rental-dates.ts';
import { quoteDetails } from './quote-watch.ts';
import type { SeenPrice } from './seen-price.ts';

/**
 * The offer emailed on request must quote the price the site showed when asking: records
 * `quote-mismatch` if it does not (or never comes), and goes on. An offer due later than a run
 * may wait is waited for as long as the run may wait, then recorded as awaiting.
 */
export async function checkEmailedOffer(parts: JourneyParts, search: CarSearch, shown: SeenPrice, askedAt: Date): Promise<void> {
  const { notebook, target, shopper } = parts;
  const { quoteEmailWait, maxWaitInRun } = target.timing;
  const { car, total } = shown.offer;
  const request = { car, pickUp: search.pickUp, dropOff: search.dropOff, shown: total, address: shopper.email };
  const judge = async (email: ReceivedEmail | undefined): Promise<void> => {
    if (!email) return notebook.found({ ...offerNeverCame(request, quoteEmailWait), evidence: [shown.screenshot] });
    const source = await notebook.keepEmail('offer email', email);
    const mismatch = findQuoteMismatch(request, email);
    if (mismatch) await notebook.found({ ...mismatch, evidence: [source, shown.screenshot] });
  };
  await checkOrWatch(parts, {
    dueAt: new Date(askedAt.getTime() + quoteEmailWait),
    maxWaitInRun,
    watch: {
      check: `the offer for the ${car} car, ${describeDates(search.pickUp, search.dropOff)}, reaches ${shopper.email} quoting ${formatMoney(total)}`,
      kind: 'quote-mismatch',
      codec: quoteDetails,
      details: { request, askedAt },
    },
    checkNow: async (remainingMs) => judge(await waitForOfferEmail(parts, shown.offer, askedAt, remainingMs)),
    // An offer the run may not wait for in full is still waited for as long as the run may.
    arrivedEarly: { look: () => waitForOfferEmail(parts, shown.offer, askedAt, maxWaitInRun), judge },
  });
}
