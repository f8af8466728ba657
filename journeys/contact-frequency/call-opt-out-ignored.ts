import type { CallCriteria, PhoneCall } from '../../src/channels/phone/phone-call.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { plural } from './contact-log.ts';

/** Where the customer said "do not call me": on the phone, to a caller, or in the account. */
export type SaidWhere = 'on-the-phone' | 'in-my-account';

/** The customer's "do not call me", as the check after the grace period sees it. */
export interface CallOptOut {
  companyName: string;
  phone: string;
  said: SaidWhere;
  optedOutAt: Date;
  graceEndsAt: Date;
}

export const CALLS_AFTER_OPT_OUT = 'sales calls after asking not to be called';

/** Any call to the phone after the grace period breaks the opt-out. */
export function callsAfterGracePeriod(optOut: CallOptOut): CallCriteria {
  return { to: optOut.phone, receivedAfter: optOut.graceEndsAt };
}

/** The finding when calls kept coming after the grace period. */
export function callOptOutIgnored(optOut: CallOptOut, offending: readonly PhoneCall[]): FindingDraft {
  const { companyName, optedOutAt, graceEndsAt, said } = optOut;
  const first = offending[0]!;
  return {
    kind: 'opt-out-ignored',
    customerImpact: `I told ${companyName} ${said === 'on-the-phone' ? 'on the phone' : 'in my account'} not to call me again, yet its sales calls keep coming`,
    expected: `No sales call after the ${formatDuration(graceEndsAt.getTime() - optedOutAt.getTime())} grace period`,
    observed:
      `${plural(offending.length, 'call')} after the grace period; the first from ${first.from} ` +
      `${formatDuration(first.receivedAt.getTime() - optedOutAt.getTime())} after I asked${first.heard ? `: "${first.heard}"` : ''}`,
  };
}

/** The calls after the opt-out as a timeline for evidence: who called, when, about what, and when the customer had asked. */
export function describeOffendingCalls(offending: readonly PhoneCall[], optOut: Pick<CallOptOut, 'optedOutAt' | 'said'>): string {
  const lines = offending.map((call) => `${call.receivedAt.toISOString()}  from ${call.from}${call.durationSeconds === undefined ? '' : ` (${call.durationSeconds} s)`}: ${call.heard || '(nothing heard)'}`);
  return `Asked not to be called (${optOut.said.replace(/-/g, ' ')}): ${optOut.optedOutAt.toISOString()}\n\n${lines.join('\n')}`;
}
