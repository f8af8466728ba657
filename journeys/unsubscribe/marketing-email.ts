import { firstHeader, type ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { Notebook } from '../../src/findings/notebook.ts';

/** Bulk marketing mail carries a List-Unsubscribe header; a one-off confirmation does not. */
export function isMarketingEmail(email: ReceivedEmail): boolean {
  return firstHeader(email, 'list-unsubscribe') !== undefined;
}

/** Keeps an email's full source as evidence. */
export function attachEmail(notebook: Notebook, label: string, email: ReceivedEmail): Promise<Evidence> {
  return notebook.evidence(`${label}: ${email.subject || '(no subject)'}`, email.source, 'message/rfc822');
}
