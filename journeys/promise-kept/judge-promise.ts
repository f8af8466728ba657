import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Judge } from '../../src/watches/judge.ts';
import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, emailEvidence, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import {
  noConfirmation,
  noRenewalNotice,
  noticeBreaksPromise,
  noticeKeepsPromise,
  readConfirmation,
  renewalInNotice,
  type PromiseTerms,
} from './promise-findings.ts';
import { promiseDetails, type WatchedPromise } from './promise-watch.ts';
import { isExtensionConfirmation, isRenewalNotice } from './renewal-texts.ts';

type PromiseJudge = (watched: WatchedPromise, ...judged: Parameters<Judge>) => ReturnType<Judge>;

/**
 * The promise-kept watches: support's written confirmation within the answer SLA, or the renewal
 * notice with the promised date. The account cannot be read without a browser, so a judged
 * finding speaks of the emails only.
 */
export const promiseJudge: WatchJudge = {
  journey: promiseDetails.journey,
  kind: 'promise-broken',
  judge: async (watch, context) => {
    const watched = promiseDetails.read(watch);
    return (watched.awaits === 'confirmation' ? judgeConfirmation : judgeRenewalNotice)(watched, watch, context);
  },
};

const judgeConfirmation: PromiseJudge = async ({ terms, address }, watch, { mailbox, companyName, now }) => {
  const dueAt = dueAtOf(watch);
  const [confirmation] = await emailsBy(mailbox, address, terms, dueAt, isExtensionConfirmation);
  if (!confirmation) return broken(watch, now, noConfirmation(companyName, terms, dueAt.getTime() - terms.promisedAt.getTime()));
  const confirmed = readConfirmation(confirmation, terms);
  return 'holds' in confirmed ? passed(watch, now) : broken(watch, now, confirmed.breaks, [emailEvidence('confirmation', confirmation)]);
};

const judgeRenewalNotice: PromiseJudge = async ({ terms, address }, watch, { mailbox, now }) => {
  const dueAt = dueAtOf(watch);
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

function emailsBy(mailbox: Mailbox, address: string, terms: PromiseTerms, dueAt: Date, where: (email: ReceivedEmail) => boolean): Promise<ReceivedEmail[]> {
  return mailbox.list({ to: address, receivedAfter: new Date(terms.promisedAt.getTime() - 1), where: arrivedBy(dueAt, where) });
}
