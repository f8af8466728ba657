import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, emailEvidence, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { isOfferFor } from './emailed-offer.ts';
import { findQuoteMismatch, offerNeverCame } from './quote-findings.ts';
import { quoteDetails } from './quote-watch.ts';

/**
 * The emailed offer, when it was due after the run: none by the due time breaks the promise; one
 * quoting another amount than the site showed is a mismatch; the same amount passes.
 */
export const quoteJudge: WatchJudge = {
  journey: quoteDetails.journey,
  kind: 'quote-mismatch',
  judge: async (watch, { mailbox, now }) => {
    const { request, askedAt } = quoteDetails.read(watch);
    const dueAt = dueAtOf(watch);
    const receivedAfter = new Date(askedAt.getTime() - 1);
    const [offer] = await mailbox.list({ to: request.address, receivedAfter, where: arrivedBy(dueAt, isOfferFor(request.car)) });
    if (!offer) return broken(watch, now, offerNeverCame(request, dueAt.getTime() - askedAt.getTime()));
    const mismatch = findQuoteMismatch(request, offer);
    return mismatch ? broken(watch, now, mismatch, [emailEvidence('offer email', offer)]) : passed(watch, now);
  },
};
