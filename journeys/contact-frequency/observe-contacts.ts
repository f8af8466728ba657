import { setTimeout as sleep } from 'node:timers/promises';
import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { CallLog } from '../../src/channels/phone/call-log.ts';
import type { SmsInbox } from '../../src/channels/sms/sms-inbox.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { callContact, contactsWithin, emailContact, textContact, type MarketingContact, type ObservationWindow } from './contact-log.ts';

/** Where the shopper agreed to receive offers. */
export interface OfferAddresses {
  email: string;
  phone: string;
}

/** Waits for the window to close, then gathers the marketing contacts that reached the shopper in it. */
export async function observeContacts(parts: JourneyParts, window: ObservationWindow): Promise<MarketingContact[]> {
  await sleep(Math.max(0, window.until.getTime() - Date.now()));
  return contactsReceived(parts, parts.shopper, window);
}

/**
 * The marketing contacts that reached the shopper in the window, oldest first: bulk emails (those
 * with List-Unsubscribe) to the shopper's address, and every text and call to the shopper's number
 * (a fresh number that only this scenario gave to the company).
 */
export async function contactsReceived(
  { mailbox, sms, calls }: { mailbox: Mailbox; sms: SmsInbox; calls: CallLog },
  to: OfferAddresses,
  window: ObservationWindow,
): Promise<MarketingContact[]> {
  const [emails, texts, rang] = await Promise.all([
    mailbox.list({ to: to.email, receivedAfter: window.from, where: isMarketingEmail }),
    sms.list({ to: to.phone, receivedAfter: window.from }),
    calls.list({ to: to.phone, receivedAfter: window.from }),
  ]);
  return contactsWithin([...emails.map(emailContact), ...texts.map(textContact), ...rang.map(callContact)], window);
}
