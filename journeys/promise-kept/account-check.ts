import { formatCalendarDate } from '../../src/text/calendar-dates.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeAccountRenewal, readAccountRenewal } from './account-renewal.ts';
import { promiseEvidence, whoPromised, type ExtensionPromise } from './extension-promise.ts';

/** Right after the promise, the account must show the promised renewal date. */
export async function checkAccountShowsPromise(promise: ExtensionPromise, parts: JourneyParts): Promise<void> {
  const { notebook } = parts;
  const account = await readAccountRenewal(parts, 'my account after the promise');
  if (account.date?.getTime() === promise.promisedRenewal.getTime()) return;
  const promised = formatCalendarDate(promise.promisedRenewal);
  await notebook.found({
    kind: 'promise-broken',
    customerImpact: `${whoPromised(promise)} that my membership now renews on ${promised}, but my account says ${describeAccountRenewal(account)}`,
    expected: `My account shows the renewal date support promised: ${promised}`,
    observed: `My account says "${account.text}"`,
    evidence: [...promiseEvidence(promise), account.screenshot],
  });
}
