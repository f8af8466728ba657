import { contactLogDraft } from '../../journeys/contact-frequency/contact-log.ts';
import { heldProductOffered, overCap } from '../../journeys/contact-frequency/contact-overload.ts';
import { contactsReceived } from '../../journeys/contact-frequency/observe-contacts.ts';
import type { Judge } from './judge.ts';
import { breached, passed } from './judgements.ts';
import { arrivedBy, countOf, detailOf, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The contact count, when its window outlasted the run: the marketing emails and texts that
 * reached the shopper in the window, and by the due time, counted against the cap as the run
 * counts them; then no offer for the product held. The first broken promise is the verdict.
 */
export const judgeContacts: Judge = async (watch, { mailbox, sms, companyName, now }) => {
  const window = { from: instantOf(watch, 'from'), until: instantOf(watch, 'until') };
  const promise = { companyName, cap: { max: countOf(watch, 'capMax'), per: countOf(watch, 'capPerMs') }, window };
  const addresses = { email: detailOf(watch, 'email'), phone: detailOf(watch, 'phone') };
  const contacts = (await contactsReceived({ mailbox, sms }, addresses, window)).filter(arrivedBy(dueAtOf(watch)));
  const heldProduct = watch.details.heldProduct;
  const breach = overCap(promise, contacts) ?? (heldProduct ? heldProductOffered(promise, contacts, heldProduct) : undefined);
  if (!breach) return passed(watch, now);
  return breached(watch, now, { ...breach, evidence: [...breach.evidence, contactLogDraft(contacts, window)] });
};
