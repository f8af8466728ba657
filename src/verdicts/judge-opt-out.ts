import { writeFile } from 'node:fs/promises';
import type { Mailbox } from '../channels/mailbox/mailbox.ts';
import { ConfigError } from '../config/config-error.ts';
import { formatDuration } from '../config/duration.ts';
import { pendingVerdictFile, type PendingVerdict, type ResolvedVerdict } from '../findings/pending-verdicts.ts';
import { isMarketingEmail } from '../mail/marketing-email.ts';

export interface JudgeContext {
  mailbox: Mailbox;
  companyName: string;
  /** Where the pending verdicts are; the email that breaks one is kept beside it until the run is recorded. */
  pendingDir: string;
  now: Date;
}

/**
 * The unsubscribe journey's last check, when its grace period spanned runs: any marketing email
 * to the address that arrived after the grace period ended, and before the verdict fell due,
 * breaks the customer's opt-out.
 */
export async function judgeOptOut(verdict: PendingVerdict, context: JudgeContext): Promise<ResolvedVerdict> {
  const address = detail(verdict, 'address', context.pendingDir);
  const unsubscribedAt = new Date(detail(verdict, 'unsubscribedAt', context.pendingDir));
  const graceEndsAt = new Date(detail(verdict, 'graceEndsAt', context.pendingDir));
  const dueAt = new Date(verdict.dueAt);
  const [offending] = await context.mailbox.list({
    to: address,
    receivedAfter: graceEndsAt,
    where: (email) => isMarketingEmail(email) && email.receivedAt <= dueAt,
  });
  const resolvedAt = context.now.toISOString();
  if (!offending) return { ...verdict, resolvedAt, status: 'passed' };

  const evidenceFile = pendingVerdictFile(context.pendingDir, verdict, '.eml');
  await writeFile(evidenceFile, offending.source);
  const subject = offending.subject || '(no subject)';
  return {
    ...verdict,
    resolvedAt,
    status: 'broken',
    finding: {
      kind: 'opt-out-ignored',
      customerImpact: `I unsubscribed from ${context.companyName}, yet its offers keep arriving`,
      expected: `No marketing email after the ${formatDuration(graceEndsAt.getTime() - unsubscribedAt.getTime())} grace period`,
      observed: `"${subject}" arrived ${formatDuration(offending.receivedAt.getTime() - unsubscribedAt.getTime())} after I unsubscribed`,
      evidence: [{ name: `marketing email after opt-out: ${subject}`, contentType: 'message/rfc822', path: evidenceFile }],
    },
  };
}

function detail(verdict: PendingVerdict, name: string, pendingDir: string): string {
  const value = verdict.details[name];
  if (!value) throw new ConfigError(`Pending verdict ${pendingVerdictFile(pendingDir, verdict)} has no details.${name}; remove it to drop the check`);
  return value;
}
