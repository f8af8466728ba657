import { isOfferFor } from '../../journeys/rent-car/emailed-offer.ts';
import { findQuoteMismatch, offerNeverCame } from '../../journeys/rent-car/quote-findings.ts';
import { quoteRequestFromDetails } from '../../journeys/rent-car/quote-request.ts';
import type { Judge } from './judge.ts';
import { broken, emailEvidence, passed } from './judgements.ts';
import { arrivedBy, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The emailed offer, when it was due after the run: none by the due time breaks the promise; one
 * quoting another amount than the site showed is a mismatch; the same amount passes.
 */
export const judgeQuote: Judge = async (watch, { mailbox, now }) => {
  const request = quoteRequestFromDetails(watch.details ?? {});
  const askedAt = instantOf(watch, 'askedAt');
  const dueAt = dueAtOf(watch);
  const receivedAfter = new Date(askedAt.getTime() - 1);
  const [offer] = await mailbox.list({ to: request.address, receivedAfter, where: arrivedBy(dueAt, isOfferFor(request.car)) });
  if (!offer) return broken(watch, now, offerNeverCame(request, dueAt.getTime() - askedAt.getTime()));
  const mismatch = findQuoteMismatch(request, offer);
  return mismatch ? broken(watch, now, mismatch, [emailEvidence('offer email', offer)]) : passed(watch, now);
};
