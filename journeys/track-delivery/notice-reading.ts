import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { ReceivedSms, SmsInbox } from '../../src/channels/sms/sms-inbox.ts';
import { formatDuration } from '../../src/config/duration.ts';
import { emailDraft, smsDraft, type EvidenceDraft } from '../../src/findings/evidence-draft.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { isAdvanceNotice, readDeliveryNotice } from './delivery-notice.ts';
import type { PlacedOrder } from './delivery-pages.ts';

/** The order the customer expects to hear about before the courier comes, and by when. */
export interface AwaitedNotice {
  order: PlacedOrder;
  orderedAt: Date;
  dueAt: Date;
}

/** What reached the shopper since ordering and by the due time, oldest first. */
export interface Arrivals {
  emails: ReceivedEmail[];
  texts: ReceivedSms[];
}

/** The notices found, as evidence, and the finding when the customer was not told as promised. */
export interface NoticeReading {
  evidence: EvidenceDraft[];
  finding?: FindingDraft;
}

/** Every email to the shopper's address and text to the shopper's phone since ordering, by the due time. */
export async function arrivalsFor(
  { mailbox, sms }: { mailbox: Mailbox; sms: SmsInbox },
  to: { email: string; phone: string },
  awaited: AwaitedNotice,
): Promise<Arrivals> {
  const since = new Date(awaited.orderedAt.getTime() - 1);
  const inTime = (message: { receivedAt: Date }) => message.receivedAt.getTime() <= awaited.dueAt.getTime();
  const [emails, texts] = await Promise.all([mailbox.list({ to: to.email, receivedAfter: since }), sms.list({ to: to.phone, receivedAfter: since })]);
  return { emails: emails.filter(inTime), texts: texts.filter(inTime) };
}

/**
 * The advance notice by email and by text (a company may use either or both): one at least, with
 * a time window, and a pick-up point alternative in one of them. The notices are the evidence;
 * without one, every message that came instead.
 */
export function readAdvanceNotice(awaited: AwaitedNotice, arrivals: Arrivals): NoticeReading {
  const { order } = awaited;
  const email = arrivals.emails.find((candidate) => isAdvanceNotice(emailText(candidate)));
  const text = arrivals.texts.find((candidate) => isAdvanceNotice(candidate.body));
  const notices = [...(email ? [{ channel: 'email', text: emailText(email) }] : []), ...(text ? [{ channel: 'text', text: text.body }] : [])];
  const wait = formatDuration(awaited.dueAt.getTime() - awaited.orderedAt.getTime());

  if (notices.length === 0) {
    return {
      evidence: [messageLog(awaited, arrivals), ...arrivals.emails.map((received) => emailDraft('email since ordering', received))],
      finding: {
        kind: 'tracking-unclear',
        customerImpact: `No notice before the courier came with my ${order.product} (${order.reference}): no time window, no pick-up point offered`,
        expected: `A notice by email or text within ${wait} of ordering, with the courier's time window and a pick-up point alternative`,
        observed: `Within ${wait} of ordering: ${describe(arrivals)}, none with a delivery time window`,
      },
    };
  }
  const evidence = [...(email ? [emailDraft('advance notice email', email)] : []), ...(text ? [smsDraft('advance notice text', text)] : [])];
  if (notices.some((notice) => readDeliveryNotice(notice.text).pickUpAlternative)) return { evidence };
  return {
    evidence,
    finding: {
      kind: 'tracking-unclear',
      customerImpact: `The delivery notice for my ${order.product} (${order.reference}) offered no pick-up point for when I cannot be at home`,
      expected: 'The advance notice offers an alternative to home delivery, such as a pick-up point',
      observed: `The notice by ${notices.map((notice) => notice.channel).join(' and by ')} names a time window but no pick-up point`,
    },
  };
}

/** What the customer reads in an email: its subject and its text (or its HTML without tags). */
export function emailText(email: ReceivedEmail): string {
  return `${email.subject}\n${email.text ?? (email.html ?? '').replace(/<[^>]*>/g, ' ')}`;
}

function describe({ emails, texts }: Arrivals): string {
  const subjects = emails.map((email) => `"${email.subject}"`);
  return `${emails.length} email${emails.length === 1 ? '' : 's'}${subjects.length > 0 ? ` (${subjects.join(', ')})` : ''} and ${texts.length} text${texts.length === 1 ? '' : 's'}`;
}

function messageLog({ orderedAt }: AwaitedNotice, { emails, texts }: Arrivals): EvidenceDraft {
  const log = [
    ...emails.map((email) => ({ channel: 'email', receivedAt: email.receivedAt.toISOString(), from: email.from, subject: email.subject })),
    ...texts.map((text) => ({ channel: 'text', receivedAt: text.receivedAt.toISOString(), from: text.from, body: text.body })),
  ].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return { name: 'messages received since ordering', body: JSON.stringify({ orderedAt: orderedAt.toISOString(), messages: log }, null, 2), contentType: 'application/json' };
}
