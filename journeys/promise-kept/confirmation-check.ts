import { formatDuration } from '../../src/config/duration.ts';
import { daysBetween, formatCalendarDate } from '../../src/text/calendar-dates.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { promiseDetails, type ExtensionPromise } from './extension-promise.ts';
import { isExtensionConfirmation, renewalDateIn } from './renewal-texts.ts';

// Six calendar months may be counted a day or two differently (month ends, time zones).
const TOLERANCE_DAYS = 3;

/**
 * Support's written confirmation must come within the answer SLA and say six more months. The date
 * it gives becomes the promise the later channels are held to.
 */
export async function checkConfirmation(promise: ExtensionPromise, parts: JourneyParts): Promise<void> {
  const { mailbox, notebook, shopper, target, runId } = parts;
  const { answerSla, maxWaitInRun } = target.timing;
  const criteria = { to: shopper.email, receivedAfter: new Date(promise.promisedAt.getTime() - 1), where: isExtensionConfirmation };
  const dueAt = new Date(promise.promisedAt.getTime() + answerSla);
  const remaining = dueAt.getTime() - Date.now();
  const email = remaining > maxWaitInRun ? (await mailbox.list(criteria))[0] : await mailbox.waitFor(criteria, Math.max(0, remaining));
  const promised = formatCalendarDate(promise.promisedRenewal);

  if (!email && remaining > maxWaitInRun) {
    await notebook.awaiting({
      runId,
      journey: 'promise-kept',
      check: `support confirms by email that my membership now renews on ${promised}, by ${dueAt.toISOString()}`,
      kind: 'promise-broken',
      dueAt: dueAt.toISOString(),
      details: promiseDetails(promise, shopper.email),
    });
    return;
  }
  if (!email) {
    await notebook.found({
      kind: 'promise-broken',
      customerImpact: `Support promised in the chat to extend my ${target.name} membership by six months, but never confirmed it in writing`,
      expected: `An email within ${formatDuration(answerSla)} confirming the extension: my membership renews on ${promised}`,
      observed: `No confirmation email within ${formatDuration(answerSla)} of the chat`,
      evidence: promise.evidence,
    });
    return;
  }
  promise.confirmation = { email, evidence: await notebook.evidence(`confirmation: ${email.subject}`, email.source, 'message/rfc822') };
  const stated = renewalDateIn(`${email.subject}\n${email.text ?? ''}`);
  if (!stated) return; // it speaks of the extension without a date: the six months stand
  if (Math.abs(daysBetween(stated, promise.promisedRenewal)) <= TOLERANCE_DAYS) {
    promise.promisedRenewal = stated; // the date in writing is what the customer holds the company to
    return;
  }
  await notebook.found({
    kind: 'promise-broken',
    customerImpact: `Support promised me six more months, until ${promised}; its confirmation says my membership renews on ${formatCalendarDate(stated)}`,
    expected: `The confirmation says my membership renews on ${promised}, six months after ${formatCalendarDate(promise.originalRenewal)}`,
    observed: `"${email.subject}" says it renews on ${formatCalendarDate(stated)}`,
    evidence: [...promise.evidence, promise.confirmation.evidence],
  });
}
