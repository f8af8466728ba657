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
  const { mailbox, notebook, shopper, target, runId } = parts;
  const { renewalNoticeWait, maxWaitInRun } = target.timing;
  const criteria = { to: shopper.email, receivedAfter: new Date(promise.promisedAt.getTime() - 1), where: isRenewalNotice(promise.confirmation?.email) };
  const dueAt = new Date(promise.promisedAt.getTime() + renewalNoticeWait);
  const remaining = dueAt.getTime() - Date.now();
  const notice = remaining > maxWaitInRun ? (await mailbox.list(criteria))[0] : await mailbox.waitFor(criteria, Math.max(0, remaining));

  if (!notice && remaining > maxWaitInRun) {
    await notebook.awaiting({
      runId,
      journey: 'promise-kept',
      check: `the renewal notice to ${shopper.email} says my membership renews on ${formatCalendarDate(promise.promisedRenewal)}, as support promised`,
      kind: 'promise-broken',
      dueAt: dueAt.toISOString(),
      details: promiseDetails.write({ awaits: 'renewal notice', address: shopper.email, terms: promise }),
    });
    return;
  }
  if (!notice) {
    const account = await readAccountRenewal(parts, 'my account when no renewal notice came');
    const finding = noRenewalNotice(promise, renewalNoticeWait, `my account says ${describeAccountRenewal(account)}`);
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
