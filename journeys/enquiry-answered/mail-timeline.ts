import { formatDuration } from '../../src/config/duration.ts';
import { type Mailbox } from '../../src/channels/email/mailbox.ts';
import { firstHeader, type ReceivedEmail } from '../../src/mail/received-email.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';

/** Keeps the mail timeline since the enquiry as evidence for a missing reply. */
export function attachMailTimeline(notebook: Notebook, emails: readonly ReceivedEmail[], shopperEmail: string, enquiry: SentEnquiry): Promise<Evidence> {
  return notebook.evidence(mailTimelineName(enquiry), mailTimeline(emails, shopperEmail, enquiry), 'text/plain');
}

/** The timeline's evidence name: after the enquiry, as evidence is looked up by name and both scenarios keep one. */
export function mailTimelineName(enquiry: SentEnquiry): string {
  return `my mailbox after ${describeEnquiry(enquiry)}`;
}

/** Everything that reached the shopper since the enquiry, with when and how it was marked. */
export function mailTimeline(emails: readonly ReceivedEmail[], shopperEmail: string, enquiry: SentEnquiry): string {
  return [
    `Mail received by ${shopperEmail} since ${enquiry.sentAt.toISOString()} (when I sent "${enquiry.subject}" by ${enquiry.channel}):`,
    ...(emails.length === 0 ? ['(none)'] : emails.map((email) => describeArrival(email, enquiry.sentAt))),
  ].join('\n');
}

/** Every email received since the enquiry, oldest first. */
export function receivedSince(mailbox: Mailbox, shopperEmail: string, enquiry: SentEnquiry): Promise<ReceivedEmail[]> {
  return mailbox.list({ to: shopperEmail, receivedAfter: new Date(enquiry.sentAt.getTime() - 1) });
}

/** '; what came instead: "…" after 0.4 s (written by a person)', or that nothing came at all. */
export function whatCameInstead(emails: readonly ReceivedEmail[], enquiry: SentEnquiry): string {
  if (emails.length === 0) return '; no email at all reached me';
  const described = emails.map((email) => `${arrival(email, enquiry.sentAt)} (${authorship(email)})`);
  return `; what came instead: ${described.join('; ')}`;
}

/** '"Subject" after 0.1 s' */
export function arrival(email: ReceivedEmail, sentAt: Date): string {
  return `"${email.subject}" after ${formatDuration(email.receivedAt.getTime() - sentAt.getTime())}`;
}

function describeArrival(email: ReceivedEmail, sentAt: Date): string {
  const headers = ['auto-submitted', 'precedence', 'in-reply-to', 'references']
    .map((name) => [name, firstHeader(email, name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${value}`);
  return `- after ${formatDuration(email.receivedAt.getTime() - sentAt.getTime())}: from ${email.from}, "${email.subject}"${headers.length ? ` (${headers.join('; ')})` : ''}: ${authorship(email)}`;
}
