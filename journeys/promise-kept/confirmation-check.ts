import type { JourneyParts } from '../journey-parts.ts';
import { formatCalendarDate } from '../../src/text/calendar-dates.ts';
import type { ExtensionPromise } from './extension-promise.ts';
import { noConfirmation, readConfirmation } from './promise-findings.ts';
import { promiseDetails } from './promise-watch.ts';
import { isExtensionConfirmation } from './renewal-texts.ts';

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

  if (!email && remaining > maxWaitInRun) {
    await notebook.awaiting({
      runId,
      journey: 'promise-kept',
      check: `support confirms by email that my membership now renews on ${formatCalendarDate(promise.promisedRenewal)}, by ${dueAt.toISOString()}`,
      kind: 'promise-broken',
      dueAt: dueAt.toISOString(),
      details: promiseDetails.write({ awaits: 'confirmation', address: shopper.email, terms: promise }),
    });
    return;
  }
  if (!email) {
    await notebook.found({ ...noConfirmation(target.name, promise, answerSla), evidence: promise.evidence });
    return;
  }
  promise.confirmation = { email, evidence: await notebook.keepEmail('confirmation', email) };
  const confirmed = readConfirmation(email, promise);
  if ('holds' in confirmed) {
    promise.promisedRenewal = confirmed.holds; // the date in writing is what the customer holds the company to
    return;
  }
  await notebook.found({ ...confirmed.breaks, evidence: [...promise.evidence, promise.confirmation.evidence] });
}
