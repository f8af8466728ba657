import { formatDuration } from '../../src/config/duration.ts';
import type { ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import type { ReceivedSms } from '../../src/channels/sms/sms-inbox.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { isAdvanceNotice, readDeliveryNotice } from './delivery-notice.ts';
import type { PlacedOrder } from './delivery-pages.ts';

interface Arrivals {
  emails: ReceivedEmail[];
  texts: ReceivedSms[];
}

/** A notice that reached the shopper, on either channel. */
interface Notice {
  channel: 'email' | 'text';
  text: string;
  evidence: () => Promise<Evidence>;
}

/**
 * Waits until `dueAt` for the advance notice by email and by text (a company may use either or
 * both), then expects a time window and a pick-up point alternative in what arrived.
 */
export async function checkAdvanceNotice(parts: JourneyParts, order: PlacedOrder, orderedAt: Date, dueAt: Date): Promise<void> {
  const { notebook, target } = parts;
  const [email, text] = await Promise.all([waitForEmailNotice(parts, orderedAt, dueAt), waitForTextNotice(parts, orderedAt, dueAt)]);
  const notices: Notice[] = [...(email ? [emailNotice(parts, email)] : []), ...(text ? [textNotice(parts, text)] : [])];
  const wait = formatDuration(target.timing.deliveryNoticeWait);

  if (notices.length === 0) {
    const received = await arrivals(parts, orderedAt);
    await notebook.found({
      kind: 'tracking-unclear',
      customerImpact: `No notice before the courier came with my ${order.product} (${order.reference}): no time window, no pick-up point offered`,
      expected: `A notice by email or text within ${wait} of ordering, with the courier's time window and a pick-up point alternative`,
      observed: `Within ${wait} of ordering: ${describe(received)}, none with a delivery time window`,
      evidence: [
        await messageLog(parts, orderedAt, received),
        ...(await Promise.all(received.emails.map((email) => notebook.evidence(`email since ordering: ${email.subject}`, email.source, 'message/rfc822')))),
      ],
    });
    return;
  }
  const evidence = await Promise.all(notices.map((notice) => notice.evidence()));
  if (notices.some((notice) => readDeliveryNotice(notice.text).pickUpAlternative)) return;
  await notebook.found({
    kind: 'tracking-unclear',
    customerImpact: `The delivery notice for my ${order.product} (${order.reference}) offered no pick-up point for when I cannot be at home`,
    expected: 'The advance notice offers an alternative to home delivery, such as a pick-up point',
    observed: `The notice by ${notices.map((notice) => notice.channel).join(' and by ')} names a time window but no pick-up point`,
    evidence,
  });
}

function waitForEmailNotice(parts: JourneyParts, orderedAt: Date, dueAt: Date): Promise<ReceivedEmail | undefined> {
  const { mailbox, shopper } = parts;
  return mailbox.waitFor(
    { to: shopper.email, receivedAfter: new Date(orderedAt.getTime() - 1), where: (email) => isAdvanceNotice(emailText(email)) },
    Math.max(0, dueAt.getTime() - Date.now()),
  );
}

// The SMS inbox matches on text patterns only; each new text is read, until a notice or the deadline.
async function waitForTextNotice(parts: JourneyParts, orderedAt: Date, dueAt: Date): Promise<ReceivedSms | undefined> {
  const { sms, shopper } = parts;
  const since = new Date(orderedAt.getTime() - 1);
  let seen = since;
  for (;;) {
    const texts = await sms.list({ to: shopper.phone, receivedAfter: since });
    const notice = texts.find((text) => isAdvanceNotice(text.body));
    if (notice) return notice;
    seen = texts.at(-1)?.receivedAt ?? seen;
    const remaining = dueAt.getTime() - Date.now();
    if (remaining <= 0) return undefined;
    // A text stored in the same millisecond as the last one seen is found by the next list().
    if (!(await sms.waitFor({ to: shopper.phone, receivedAfter: seen }, remaining))) {
      return (await sms.list({ to: shopper.phone, receivedAfter: since })).find((text) => isAdvanceNotice(text.body));
    }
  }
}

function emailNotice(parts: JourneyParts, email: ReceivedEmail): Notice {
  return {
    channel: 'email',
    text: emailText(email),
    evidence: () => parts.notebook.evidence(`advance notice email: ${email.subject}`, email.source, 'message/rfc822'),
  };
}

function textNotice(parts: JourneyParts, sms: ReceivedSms): Notice {
  return {
    channel: 'text',
    text: sms.body,
    evidence: () =>
      parts.notebook.evidence('advance notice text', `From: ${sms.from}\nTo: ${sms.to}\nReceived: ${sms.receivedAt.toISOString()}\n\n${sms.body}`, 'text/plain'),
  };
}

function emailText(email: ReceivedEmail): string {
  return `${email.subject}\n${email.text ?? (email.html ?? '').replace(/<[^>]*>/g, ' ')}`;
}

async function arrivals(parts: JourneyParts, orderedAt: Date): Promise<Arrivals> {
  const since = new Date(orderedAt.getTime() - 1);
  const [emails, texts] = await Promise.all([
    parts.mailbox.list({ to: parts.shopper.email, receivedAfter: since }),
    parts.sms.list({ to: parts.shopper.phone, receivedAfter: since }),
  ]);
  return { emails, texts };
}

function describe({ emails, texts }: Arrivals): string {
  const subjects = emails.map((email) => `"${email.subject}"`);
  return `${emails.length} email${emails.length === 1 ? '' : 's'}${subjects.length > 0 ? ` (${subjects.join(', ')})` : ''} and ${texts.length} text${texts.length === 1 ? '' : 's'}`;
}

function messageLog(parts: JourneyParts, orderedAt: Date, { emails, texts }: Arrivals): Promise<Evidence> {
  const log = [
    ...emails.map((email) => ({ channel: 'email', receivedAt: email.receivedAt.toISOString(), from: email.from, subject: email.subject })),
    ...texts.map((text) => ({ channel: 'text', receivedAt: text.receivedAt.toISOString(), from: text.from, body: text.body })),
  ].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return parts.notebook.evidence('messages received since ordering', JSON.stringify({ orderedAt: orderedAt.toISOString(), messages: log }, null, 2), 'application/json');
}
