import { formatDuration } from '../../src/config/duration.ts';
import { formatCalendarDate } from '../../src/text/calendar-dates.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeAccountRenewal, readAccountRenewal } from './account-renewal.ts';
import { promiseDetails, promiseEvidence, type ExtensionPromise } from './extension-promise.ts';
import { isRenewalNotice, renewalDateIn } from './renewal-texts.ts';

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
  const promised = formatCalendarDate(promise.promisedRenewal);

  if (!notice && remaining > maxWaitInRun) {
    await notebook.awaiting({
      runId,
      journey: 'promise-kept',
      check: `the renewal notice to ${shopper.email} says my membership renews on ${promised}, as support promised`,
      kind: 'promise-broken',
      dueAt: dueAt.toISOString(),
      details: promiseDetails(promise, shopper.email),
    });
    return;
  }
  if (!notice) {
    const account = await readAccountRenewal(parts, 'my account when no renewal notice came');
    await notebook.found({
      kind: 'promise-broken',
      customerImpact: `No renewal notice reached me within ${formatDuration(renewalNoticeWait)} of the promise, so I cannot tell whether my membership renews on ${promised} as promised`,
      expected: `A renewal notice saying my membership renews on ${promised}`,
      observed: `No renewal notice within ${formatDuration(renewalNoticeWait)}; my account says ${describeAccountRenewal(account)}`,
      evidence: [...promiseEvidence(promise), account.screenshot],
    });
    return;
  }
  const noticeEvidence = await notebook.evidence(`renewal notice: ${notice.subject}`, notice.source, 'message/rfc822');
  const stated = renewalDateIn(`${notice.subject}\n${notice.text ?? ''}`);
  if (stated?.getTime() === promise.promisedRenewal.getTime()) return;
  const says = stated ? formatCalendarDate(stated) : 'no renewal date';
  const account = await readAccountRenewal(parts, 'my account when the renewal notice came');
  const accountSays =
    account.date && stated && account.date.getTime() === stated.getTime()
      ? 'my account agrees with the notice'
      : `my account says ${describeAccountRenewal(account)}`;
  await notebook.found({
    kind: 'promise-broken',
    customerImpact: `Support promised my membership would renew on ${promised}; the renewal notice says ${says} and ${accountSays}`,
    expected: `The renewal notice says my membership renews on ${promised}`,
    observed: `"${notice.subject}", ${formatDuration(notice.receivedAt.getTime() - promise.promisedAt.getTime())} after the promise, says ${says}`,
    evidence: [...promiseEvidence(promise), noticeEvidence, account.screenshot],
  });
}
