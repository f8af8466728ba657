import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Evidence } from '../../src/findings/finding.ts';

/** What support promised, where, and what the customer holds in writing. */
export interface ExtensionPromise {
  /** The renewal date before the promise, as the account showed it. */
  originalRenewal: Date;
  /** The renewal date the customer was promised: six months on, or what the confirmation says. */
  promisedRenewal: Date;
  /** Just before the customer asked: the confirmation and the notice are looked for from here. */
  promisedAt: Date;
  /** Support's answer in the chat. */
  evidence: Evidence[];
  confirmation?: { email: ReceivedEmail; evidence: Evidence };
}

/** "Support confirmed by email" or "Support promised in the chat", as the customer would put it. */
export function whoPromised(promise: ExtensionPromise): string {
  return promise.confirmation ? 'Support confirmed by email' : 'Support promised in the chat';
}

/** Every piece of evidence of the promise: the chat, and the confirmation if one came. */
export function promiseEvidence(promise: ExtensionPromise): Evidence[] {
  return [...promise.evidence, ...(promise.confirmation ? [promise.confirmation.evidence] : [])];
}
