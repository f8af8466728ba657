import { MailboxUnavailable } from '../channels/email/mailbox-errors.ts';
import type { Mailbox } from '../channels/email/mailbox.ts';
import type { CallLog } from '../channels/phone/call-log.ts';
import type { SmsInbox } from '../channels/sms/sms-inbox.ts';
import type { Watch } from '../findings/watches.ts';
import type { Judgement } from './judge.ts';
import { hasJudge, judgeOf, registeredJudges } from './judge-registry.ts';

export interface DueWatchOptions {
  /** Opened only when a due watch has a judge. */
  openChannels: () => Promise<{ mailbox: Mailbox; sms: SmsInbox; calls: CallLog; close(): Promise<void> }>;
  companyName: string;
  now: Date;
}

/**
 * Judges the due watches that have a judge, as the journeys registered them
 * (`src/watches/judge-registry.ts`). A watch that cannot be judged (details missing or
 * corrupt, a message its judge cannot read) is skipped with a warning and stays for a later run;
 * so do all of them when the shopper's mailbox cannot be reached.
 */
export async function judgeDueWatches(due: Watch[], options: DueWatchOptions): Promise<Judgement[]> {
  if (due.length > 0 && registeredJudges().length === 0) {
    // A composition that forgot to register the journeys' judges: say so, rather than let every watch wait silently.
    console.warn(`${due.length} watch(es) due stay for a later run: no journey's judges are registered in this process (registerJourneys in journeys/register-journeys.ts)`);
    return [];
  }
  const judgeable = due.filter(hasJudge);
  if (judgeable.length === 0) return [];
  let channels: Awaited<ReturnType<DueWatchOptions['openChannels']>>;
  try {
    channels = await options.openChannels();
  } catch (error) {
    if (!(error instanceof MailboxUnavailable)) throw error;
    console.warn(`${judgeable.length} watch(es) due stay for a later run: ${error.message}`);
    return [];
  }
  try {
    const context = { mailbox: channels.mailbox, sms: channels.sms, calls: channels.calls, companyName: options.companyName, now: options.now };
    const judgements: Judgement[] = [];
    for (const watch of judgeable) {
      try {
        judgements.push(await judgeOf(watch)!(watch, context));
      } catch (error) {
        console.warn(`Watch "${watch.check}" (run ${watch.runId}, ${watch.journey} ${watch.kind}) stays for a later run: ${(error as Error).message}`);
      }
    }
    return judgements;
  } finally {
    await channels.close();
  }
}
