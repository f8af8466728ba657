import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatCalendarDate } from '../../src/text/calendar-dates.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeAccountRenewal, readAccountRenewal } from './account-renewal.ts';
import { promiseEvidence, type ExtensionPromise } from './extension-promise.ts';
import { noRenewalNotice, noticeBreaksPromise, noticeKeepsPromise, renewalInNotice } from './promise-findings.ts';
import { promiseDetails } from './promise-watch.ts';
import { isRenewalNotice } from './renewal-texts.ts';

/**
 * At renewal, the notice must carry the promised date. A renewal months away (a real company)
 * is judged by a later run; a notice already there is judged now.
 */
export async function checkRenewalNotice(promise: ExtensionPromise, parts: JourneyParts): Promise<void> {
  const { mailbox, shopper, target } = parts;
  const { renewalNoticeWait, maxWaitInRun } = target.timing;
  const criteria = { to: shopper.email, receivedAfter: new Date(promise.promisedAt.getTime() - 1), where: isRenewalNotice(promise.confirmation?.email) };
  const judge = (notice: ReceivedEmail | undefined) => judgeRenewalNotice(notice, promise, parts);
  await checkOrWatch(parts, {
    dueAt: new Date(promise.promisedAt.getTime() + renewalNoticeWait),
    maxWaitInRun,
    watch: {
      check: `the renewal notice to ${shopper.email} says my membership renews on ${formatCalendarDate(promise.promisedRenewal)}, as support promised`,
      kind: 'promise-broken',
      codec: promiseDetails,
      details: { awaits: 'renewal notice', address: shopper.email, terms: promise },
    },
    checkNow: async (remainingMs) => judge(await mailbox.waitFor(criteria, remainingMs)),
    // A notice already there is judged now: the mailbox is listed once before the watch is left.
    arrivedEarly: { look: async () => (await mailbox.list(criteria))[0], judge },
  });
}

/** The notice, or none by the due time, against the promise, with what the account says. */
async function judgeRenewalNotice(notice: ReceivedEmail | undefined, promise: ExtensionPromise, parts: JourneyParts): Promise<void> {
  const { notebook, target } = parts;
  if (!notice) {
    const account = await readAccountRenewal(parts, 'my account when no renewal notice came');
    const finding = noRenewalNotice(promise, target.timing.renewalNoticeWait, `my account says ${describeAccountRenewal(account)}`);
    await notebook.found({ ...finding, evidence: [...promiseEvidence(promise), account.screenshot] });
    return;
  }
  const noticeEvidence = await notebook.keepEmail('renewal notice', notice);
  const stated = renewalInNotice(notice);
  if (noticeKeepsPromise(stated, promise)) return;
  const account = await readAccountRenewal(parts, 'my account when the renewal notice came');
  const accountSays =
    account.date && stated && account.date.getTime() === stated.getTime()
      ? 'my account agrees with the notice'
      : `my account says ${describeAccountRenewal(account)}`;
  await notebook.found({
    ...noticeBreaksPromise(notice, stated, promise, accountSays),
    evidence: [...promiseEvidence(promise), noticeEvidence, account.screenshot],
  });
}
