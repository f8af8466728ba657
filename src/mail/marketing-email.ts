import { firstHeader, type ReceivedEmail } from '../channels/mailbox/mailbox.ts';

/** Bulk marketing mail carries a List-Unsubscribe header; a one-off confirmation does not. */
export function isMarketingEmail(email: ReceivedEmail): boolean {
  return firstHeader(email, 'list-unsubscribe') !== undefined;
}
