import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
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
  const { mailbox, notebook, shopper, target } = parts;
  const { answerSla, maxWaitInRun } = target.timing;
  const criteria = { to: shopper.email, receivedAfter: new Date(promise.promisedAt.getTime() - 1), where: isExtensionConfirmation };
  const dueAt = new Date(promise.promisedAt.getTime() + answerSla);
  const judge = async (email: ReceivedEmail | undefined): Promise<void> => {
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
  };
  await checkOrWatch(parts, {
    dueAt,
    maxWaitInRun,
    watch: {
      check: `support confirms by email that my membership now renews on ${formatCalendarDate(promise.promisedRenewal)}, by ${dueAt.toISOString()}`,
      kind: 'promise-broken',
      codec: promiseDetails,
      details: { awaits: 'confirmation', address: shopper.email, terms: promise },
    },
    checkNow: async (remainingMs) => judge(await mailbox.waitFor(criteria, remainingMs)),
    // A confirmation already there is judged now: the mailbox is listed once before the watch is left.
    arrivedEarly: { look: async () => (await mailbox.list(criteria))[0], judge },
  });
}
