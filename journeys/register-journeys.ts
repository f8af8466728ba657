import { registerJudges, type WatchJudge } from '../src/watches/judge-registry.ts';
import { contactsJudge } from './contact-frequency/judge-contacts.ts';
import { contactOptOutJudge } from './contact-frequency/judge-opt-outs.ts';
import { acknowledgementJudge, answerJudge } from './enquiry-answered/judge-replies.ts';
import { ticketJudge } from './pay-and-get-ticket/judge-ticket.ts';
import { promiseJudge } from './promise-kept/judge-promise.ts';
import { quoteJudge } from './rent-car/judge-quote.ts';
import { deliveryNoticeJudge } from './track-delivery/judge-delivery-notice.ts';
import { optOutJudge } from './unsubscribe/judge-opt-out.ts';

/**
 * The judge of every kind of watch a journey leaves for a later run. A new journey that leaves a
 * watch adds its judge here; the engine (`src/`) never imports a journey and takes them by
 * registration (`src/watches/judge-registry.ts`).
 */
export const JOURNEY_JUDGES: readonly WatchJudge[] = [
  optOutJudge,
  contactOptOutJudge,
  contactsJudge,
  ticketJudge,
  acknowledgementJudge,
  answerJudge,
  quoteJudge,
  promiseJudge,
  deliveryNoticeJudge,
];

/**
 * Composes the journeys into the engine of this process. Each process that judges watches or
 * plans a run calls it first: the Playwright runner and its workers (`playwright.config.ts`, whose
 * experience reporter judges the due watches, also when `merge` merges shards), the CLI
 * (wiring/cli.ts, loaded for `run --dry-run` alone), and tests that drive the engine themselves.
 */
export function registerJourneys(): void {
  registerJudges(JOURNEY_JUDGES);
}
