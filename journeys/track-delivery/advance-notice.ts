import { keepAllEvidence } from '../../src/findings/evidence-draft.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { isAdvanceNotice } from './delivery-notice.ts';
import { arrivalsFor, emailText, readAdvanceNotice, type AwaitedNotice } from './notice-reading.ts';

/**
 * Waits until the due time for the advance notice by email and by text (returning early once
 * both came), then reads what arrived as a later run's judge reads it.
 */
export async function checkAdvanceNotice(parts: JourneyParts, awaited: AwaitedNotice): Promise<void> {
  const { notebook, shopper } = parts;
  await Promise.all([waitForEmailNotice(parts, awaited), waitForTextNotice(parts, awaited)]);
  const reading = readAdvanceNotice(awaited, await arrivalsFor(parts, shopper, awaited));
  const evidence = await keepAllEvidence(notebook, reading.evidence);
  if (reading.finding) await notebook.found({ ...reading.finding, evidence });
}

async function waitForEmailNotice(parts: JourneyParts, { orderedAt, dueAt }: AwaitedNotice): Promise<void> {
  const { mailbox, shopper } = parts;
  await mailbox.waitFor(
    { to: shopper.email, receivedAfter: new Date(orderedAt.getTime() - 1), where: (email) => isAdvanceNotice(emailText(email)) },
    Math.max(0, dueAt.getTime() - Date.now()),
  );
}

// The SMS inbox matches on text patterns only; each new text is read, until a notice or the deadline.
async function waitForTextNotice(parts: JourneyParts, { orderedAt, dueAt }: AwaitedNotice): Promise<void> {
  const { sms, shopper } = parts;
  const since = new Date(orderedAt.getTime() - 1);
  let seen = since;
  for (;;) {
    const texts = await sms.list({ to: shopper.phone, receivedAfter: since });
    if (texts.some((text) => isAdvanceNotice(text.body))) return;
    seen = texts.at(-1)?.receivedAt ?? seen;
    const remaining = dueAt.getTime() - Date.now();
    // A text stored in the same millisecond as the last one seen is found by the next list().
    if (remaining <= 0 || !(await sms.waitFor({ to: shopper.phone, receivedAfter: seen }, remaining))) return;
  }
}
