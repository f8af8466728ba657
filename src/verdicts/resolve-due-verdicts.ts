import { MailboxUnavailable } from '../channels/mailbox/mailbox-errors.ts';
import type { Mailbox } from '../channels/mailbox/mailbox.ts';
import { readPendingVerdicts, type PendingVerdict, type ResolvedVerdict } from '../findings/pending-verdicts.ts';
import { judgeOptOut, type JudgeContext } from './judge-opt-out.ts';

type Judge = (verdict: PendingVerdict, context: JudgeContext) => Promise<ResolvedVerdict>;

/** The checks a later run can judge, by journey and finding kind; any other stays pending. */
const JUDGES: Record<string, Judge> = {
  'unsubscribe opt-out-ignored': judgeOptOut,
};

export interface DueVerdictsContext {
  pendingDir: string;
  companyName: string;
  now: Date;
  /** Opened only when a verdict is due. */
  openMailbox: () => Promise<{ mailbox: Mailbox; close(): Promise<void> }>;
}

/**
 * Judges every pending verdict whose time has come and that a later run knows how to judge. The
 * pending files stay until the run that judged them is recorded. When the shopper's mailbox
 * cannot be reached, the verdicts stay pending for the next run, with a warning.
 */
export async function resolveDueVerdicts(context: DueVerdictsContext): Promise<ResolvedVerdict[]> {
  const due = (await readPendingVerdicts(context.pendingDir)).filter(
    (verdict) => Date.parse(verdict.dueAt) <= context.now.getTime() && judgeOf(verdict) !== undefined,
  );
  if (due.length === 0) return [];
  let channels: Awaited<ReturnType<DueVerdictsContext['openMailbox']>>;
  try {
    channels = await context.openMailbox();
  } catch (error) {
    if (!(error instanceof MailboxUnavailable)) throw error;
    console.warn(`${due.length} verdict(s) due from earlier runs stay pending: ${error.message}`);
    return [];
  }
  try {
    const resolved: ResolvedVerdict[] = [];
    for (const verdict of due) resolved.push(await judgeOf(verdict)!(verdict, { ...context, mailbox: channels.mailbox }));
    return resolved;
  } finally {
    await channels.close();
  }
}

function judgeOf(verdict: PendingVerdict): Judge | undefined {
  return JUDGES[`${verdict.journey} ${verdict.kind}`];
}
