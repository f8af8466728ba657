import type { MailCriteria, ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';

/** The customer's opt-out, as the check after the grace period sees it. */
export interface EmailOptOut {
  companyName: string;
  address: string;
  unsubscribedAt: Date;
  graceEndsAt: Date;
}

/** Marketing email to the address after the grace period: each one breaks the opt-out. */
export function marketingAfterGracePeriod(optOut: EmailOptOut): MailCriteria {
  return { to: optOut.address, receivedAfter: optOut.graceEndsAt, where: isMarketingEmail };
}

/** The finding when marketing email kept arriving after the grace period. */
export function optOutIgnored(optOut: EmailOptOut, offending: ReceivedEmail): FindingDraft {
  const { companyName, unsubscribedAt, graceEndsAt } = optOut;
  return {
    kind: 'opt-out-ignored',
    customerImpact: `I unsubscribed from ${companyName}, yet its offers keep arriving`,
    expected: `No marketing email after the ${formatDuration(graceEndsAt.getTime() - unsubscribedAt.getTime())} grace period`,
    observed: `"${offending.subject || '(no subject)'}" arrived ${formatDuration(offending.receivedAt.getTime() - unsubscribedAt.getTime())} after I unsubscribed`,
  };
}
