import { setTimeout as sleep } from 'node:timers/promises';
import type { JourneyParts } from '../journey-parts.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';
import { contactsWithin, emailContact, textContact, type MarketingContact, type ObservationWindow } from './contact-log.ts';

/**
 * Waits for the window to close, then gathers the marketing contacts that reached the shopper in
 * it: bulk emails (those with List-Unsubscribe) to the shopper's address, and every text to the
 * shopper's number (a fresh number that only this scenario gave to the company).
 */
export async function observeContacts(parts: JourneyParts, window: ObservationWindow): Promise<MarketingContact[]> {
  const { mailbox, sms, shopper } = parts;
  await sleep(Math.max(0, window.until.getTime() - Date.now()));
  const [emails, texts] = await Promise.all([
    mailbox.list({ to: shopper.email, receivedAfter: window.from, where: isMarketingEmail }),
    sms.list({ to: shopper.phone, receivedAfter: window.from }),
  ]);
  return contactsWithin([...emails.map(emailContact), ...texts.map(textContact)], window);
}
