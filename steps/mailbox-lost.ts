import { MailboxUnavailable } from '../src/channels/email/mailbox-errors.ts';
import type { Mailbox } from '../src/channels/email/mailbox.ts';
import type { Notebook } from '../src/findings/notebook.ts';

/**
 * The shopper's mailbox as the journeys see it: if it goes away mid-scenario (the IMAP server
 * restarts, the connection drops), the scenario stops as not run, a harness error, instead of
 * reading the silence as "the company sent nothing".
 */
export function stopWhenMailboxLost<T extends Mailbox>(mailbox: T, notebook: Notebook): T {
  const guarded = Object.create(mailbox) as T;
  guarded.waitFor = (criteria, timeoutMs) => mailbox.waitFor(criteria, timeoutMs).catch((error: unknown) => stopIfLost(error, notebook));
  guarded.list = (criteria) => mailbox.list(criteria).catch((error: unknown) => stopIfLost(error, notebook));
  return guarded;
}

function stopIfLost(error: unknown, notebook: Notebook): never {
  if (error instanceof MailboxUnavailable) notebook.harnessCannotRun(error.message);
  throw error;
}
