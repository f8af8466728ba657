import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { breached, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { contactCountDetails } from './contact-count-watch.ts';
import { contactLogDrafts } from './contact-evidence.ts';
import { heldProductOffered, overCap } from './contact-overload.ts';
import { contactsReceived } from './observe-contacts.ts';

/**
 * The contact count, when its window outlasted the run: the marketing emails, texts and calls that
 * reached the shopper in the window, and by the due time, counted against the cap as the run
 * counts them, and no offer for the product held: each broken promise is a finding.
 */
export const contactsJudge: WatchJudge = {
  journey: contactCountDetails.journey,
  kind: 'contact-overload',
  judge: async (watch, { mailbox, sms, calls, companyName, now }) => {
    const { window, cap, addresses, heldProduct } = contactCountDetails.read(watch);
    const promise = { companyName, cap, window };
    const contacts = (await contactsReceived({ mailbox, sms, calls }, addresses, window)).filter(arrivedBy(dueAtOf(watch)));
    const logs = contactLogDrafts(contacts, window);
    const [first, ...more] = [overCap(promise, contacts), heldProduct ? heldProductOffered(promise, contacts, heldProduct) : undefined]
      .filter((breach) => breach !== undefined)
      .map((breach) => ({ ...breach, evidence: [...breach.evidence, ...logs] }));
    return first ? breached(watch, now, first, ...more) : passed(watch, now);
  },
};
