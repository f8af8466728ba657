import type { MailCriteria } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { declaredAutomatic } from '../../src/mail/auto-reply.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import { isMarketingEmail } from '../../src/mail/marketing-email.ts';

/** The customer's opt-out, as the check after the grace period sees it. */
export interface EmailOptOut {
  companyName: string;
  address: string;
  unsubscribedAt: Date;
  graceEndsAt: Date;
  /** The target's marketing senders (config `mail.marketingSenders`), if it names them. */
  marketingSenders?: string[];
  /**
   * The sender of the marketing email, when no header marked it as marketing: then any further
   * mail from that sender that no header marks automatic is more of the same.
   */
  unmarkedSender?: string;
}

/** Marketing email to the address after the grace period: each one breaks the opt-out. */
export function marketingAfterGracePeriod(optOut: EmailOptOut): MailCriteria {
  const rules = { marketingSenders: optOut.marketingSenders ?? [] };
  const where = (email: ReceivedEmail) => isMarketingEmail(email, rules) || isMoreUnmarkedMail(email, optOut.unmarkedSender);
  return { to: optOut.address, receivedAfter: optOut.graceEndsAt, where };
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

function isMoreUnmarkedMail(email: ReceivedEmail, sender: string | undefined): boolean {
  if (sender === undefined || email.from.toLowerCase() !== sender.toLowerCase()) return false;
  return !declaredAutomatic(email) && !isDeliveryReport(email);
}
