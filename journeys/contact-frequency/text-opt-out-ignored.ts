import type { ReceivedSms, SmsCriteria } from '../../src/channels/sms/sms-inbox.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';

/** The customer's "no more texts", as the check after the grace period sees it. */
export interface TextOptOut {
  companyName: string;
  phone: string;
  optedOutAt: Date;
  graceEndsAt: Date;
}

export const TEXT_AFTER_OPT_OUT = 'text after opting out of texts';

/** Any text to the phone after the grace period breaks the opt-out. */
export function textsAfterGracePeriod(optOut: TextOptOut): SmsCriteria {
  return { to: optOut.phone, receivedAfter: optOut.graceEndsAt };
}

/** The finding when texts kept arriving after the grace period. */
export function textOptOutIgnored(optOut: TextOptOut, offending: ReceivedSms): FindingDraft {
  const { companyName, optedOutAt, graceEndsAt } = optOut;
  return {
    kind: 'opt-out-ignored',
    customerImpact: `I said no to texts from ${companyName}, yet its offers keep arriving by text`,
    expected: `No marketing text after the ${formatDuration(graceEndsAt.getTime() - optedOutAt.getTime())} grace period`,
    observed: `"${offending.body}" arrived ${formatDuration(offending.receivedAt.getTime() - optedOutAt.getTime())} after I opted out of texts`,
  };
}

/** The offending text as evidence: who sent it, when, and when the customer had opted out. */
export function describeOffendingText(offending: ReceivedSms, optedOutAt: Date): string {
  return `From: ${offending.from}\nTo: ${offending.to}\nReceived: ${offending.receivedAt.toISOString()}\nOpted out: ${optedOutAt.toISOString()}\n\n${offending.body}`;
}
