import type { Mailbox, ReceivedEmail } from '../channels/mailbox/mailbox.ts';
import type { PendingVerdict } from '../findings/pending-verdicts.ts';
import {
  noConfirmation,
  noRenewalNotice,
  noticeBreaksPromise,
  noticeKeepsPromise,
  readConfirmation,
  renewalInNotice,
  type PromiseTerms,
} from '../../journeys/promise-kept/promise-findings.ts';
import { isExtensionConfirmation, isRenewalNotice } from '../../journeys/promise-kept/renewal-texts.ts';
import type { Judge } from './judge.ts';
import { broken, emailEvidence, passed } from './judgements.ts';
import { arrivedBy, detailOf, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The promise-kept watches: support's written confirmation within the answer SLA, or the renewal
 * notice with the promised date. The account cannot be read without a browser, so a judged
 * finding speaks of the emails only.
 */
export const judgePromise: Judge = async (watch, context) => {
  const awaits = detailOf(watch, 'awaits');
  if (awaits === 'confirmation') return judgeConfirmation(watch, context);
  if (awaits === 'renewal notice') return judgeRenewalNotice(watch, context);
  throw new Error(`the watch awaits "${awaits}", neither a confirmation nor a renewal notice`);
};

const judgeConfirmation: Judge = async (watch, { mailbox, companyName, now }) => {
  const { terms, address, dueAt } = promiseWatch(watch);
  const [confirmation] = await emailsBy(mailbox, address, terms, dueAt, isExtensionConfirmation);
  if (!confirmation) return broken(watch, now, noConfirmation(companyName, terms, dueAt.getTime() - terms.promisedAt.getTime()));
  const confirmed = readConfirmation(confirmation, terms);
  return 'holds' in confirmed ? passed(watch, now) : broken(watch, now, confirmed.breaks, [emailEvidence('confirmation', confirmation)]);
};

const judgeRenewalNotice: Judge = async (watch, { mailbox, now }) => {
  const { terms, address, dueAt } = promiseWatch(watch);
  // A confirmation the run could not wait for may have moved the date, as it does in the run.
  const [confirmation] = await emailsBy(mailbox, address, terms, dueAt, isExtensionConfirmation);
  const confirmed = confirmation && readConfirmation(confirmation, terms);
  const held = confirmed && 'holds' in confirmed ? { ...terms, promisedRenewal: confirmed.holds } : terms;
  const [notice] = await emailsBy(mailbox, address, terms, dueAt, isRenewalNotice(confirmation));
  if (!notice) return broken(watch, now, noRenewalNotice(held, dueAt.getTime() - terms.promisedAt.getTime()));
  const stated = renewalInNotice(notice);
  if (noticeKeepsPromise(stated, held)) return passed(watch, now);
  return broken(watch, now, noticeBreaksPromise(notice, stated, held), [emailEvidence('renewal notice', notice)]);
};

function promiseWatch(watch: PendingVerdict): { terms: PromiseTerms; address: string; dueAt: Date } {
  const terms = { originalRenewal: instantOf(watch, 'originalRenewal'), promisedRenewal: instantOf(watch, 'promisedRenewal'), promisedAt: instantOf(watch, 'promisedAt') };
  return { terms, address: detailOf(watch, 'address'), dueAt: dueAtOf(watch) };
}

function emailsBy(mailbox: Mailbox, address: string, terms: PromiseTerms, dueAt: Date, where: (email: ReceivedEmail) => boolean): Promise<ReceivedEmail[]> {
  return mailbox.list({ to: address, receivedAfter: new Date(terms.promisedAt.getTime() - 1), where: arrivedBy(dueAt, where) });
}
