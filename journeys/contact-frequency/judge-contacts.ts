import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { breached, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { contactCountDetails } from './contact-count-watch.ts';
import { contactLogDraft } from './contact-log.ts';
import { heldProductOffered, overCap } from './contact-overload.ts';
import { contactsReceived } from './observe-contacts.ts';

/**
 * The contact count, when its window outlasted the run: the marketing emails and texts that
 * reached the shopper in the window, and by the due time, counted against the cap as the run
 * counts them; then no offer for the product held. The first broken promise is the judgement.
 */
export const contactsJudge: WatchJudge = {
  journey: contactCountDetails.journey,
  kind: 'contact-overload',
  judge: async (watch, { mailbox, sms, companyName, now }) => {
    const { window, cap, addresses, heldProduct } = contactCountDetails.read(watch);
    const promise = { companyName, cap, window };
    const contacts = (await contactsReceived({ mailbox, sms }, addresses, window)).filter(arrivedBy(dueAtOf(watch)));
    const breach = overCap(promise, contacts) ?? (heldProduct ? heldProductOffered(promise, contacts, heldProduct) : undefined);
    if (!breach) return passed(watch, now);
    return breached(watch, now, { ...breach, evidence: [...breach.evidence, contactLogDraft(contacts, window)] });
  },
};
