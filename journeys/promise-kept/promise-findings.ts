import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { daysBetween, formatCalendarDate } from '../../src/text/calendar-dates.ts';
import { renewalDateIn } from './renewal-texts.ts';

// Six calendar months may be counted a day or two differently (month ends, time zones).
const TOLERANCE_DAYS = 3;

/** The promise as the later channels are held to it. */
export interface PromiseTerms {
  originalRenewal: Date;
  promisedRenewal: Date;
  /** Just before the customer asked: the confirmation and the notice are looked for from here. */
  promisedAt: Date;
}

/** Support never confirmed the extension in writing within the answer SLA. */
export function noConfirmation(companyName: string, terms: PromiseTerms, slaMs: number): FindingDraft {
  const promised = formatCalendarDate(terms.promisedRenewal);
  return {
    kind: 'promise-broken',
    customerImpact: `Support promised in the chat to extend my ${companyName} membership by six months, but never confirmed it in writing`,
    expected: `An email within ${formatDuration(slaMs)} confirming the extension: my membership renews on ${promised}`,
    observed: `No confirmation email within ${formatDuration(slaMs)} of the chat`,
  };
}

/**
 * What the confirmation means for the promise: the renewal date the customer now holds the
 * company to (the date in writing, when it is six months on give or take a few days), or the
 * finding when it says another date.
 */
export function readConfirmation(email: ReceivedEmail, terms: PromiseTerms): { holds: Date } | { breaks: FindingDraft } {
  const stated = renewalDateIn(`${email.subject}\n${email.text ?? ''}`);
  if (!stated) return { holds: terms.promisedRenewal }; // it speaks of the extension without a date: the six months stand
  if (Math.abs(daysBetween(stated, terms.promisedRenewal)) <= TOLERANCE_DAYS) return { holds: stated };
  const promised = formatCalendarDate(terms.promisedRenewal);
  return {
    breaks: {
      kind: 'promise-broken',
      customerImpact: `Support promised me six more months, until ${promised}; its confirmation says my membership renews on ${formatCalendarDate(stated)}`,
      expected: `The confirmation says my membership renews on ${promised}, six months after ${formatCalendarDate(terms.originalRenewal)}`,
      observed: `"${email.subject}" says it renews on ${formatCalendarDate(stated)}`,
    },
  };
}

/** No renewal notice came; `accountSays` is what the account shows, when it could be read. */
export function noRenewalNotice(terms: PromiseTerms, waitMs: number, accountSays?: string): FindingDraft {
  const promised = formatCalendarDate(terms.promisedRenewal);
  return {
    kind: 'promise-broken',
    customerImpact: `No renewal notice reached me within ${formatDuration(waitMs)} of the promise, so I cannot tell whether my membership renews on ${promised} as promised`,
    expected: `A renewal notice saying my membership renews on ${promised}`,
    observed: `No renewal notice within ${formatDuration(waitMs)}${accountSays ? `; ${accountSays}` : ''}`,
  };
}

/** The renewal date the notice gives, if any. */
export function renewalInNotice(notice: ReceivedEmail): Date | undefined {
  return renewalDateIn(`${notice.subject}\n${notice.text ?? ''}`);
}

/** The notice keeps the promise when it gives the promised date. */
export function noticeKeepsPromise(stated: Date | undefined, terms: PromiseTerms): boolean {
  return stated?.getTime() === terms.promisedRenewal.getTime();
}

/** The notice gives another date, or none; `accountSays` is what the account shows, when it could be read. */
export function noticeBreaksPromise(notice: ReceivedEmail, stated: Date | undefined, terms: PromiseTerms, accountSays?: string): FindingDraft {
  const promised = formatCalendarDate(terms.promisedRenewal);
  const says = stated ? formatCalendarDate(stated) : 'no renewal date';
  return {
    kind: 'promise-broken',
    customerImpact: `Support promised my membership would renew on ${promised}; the renewal notice says ${says}${accountSays ? ` and ${accountSays}` : ''}`,
    expected: `The renewal notice says my membership renews on ${promised}`,
    observed: `"${notice.subject}", ${formatDuration(notice.receivedAt.getTime() - terms.promisedAt.getTime())} after the promise, says ${says}`,
  };
}
