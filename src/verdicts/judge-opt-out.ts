import { marketingAfterGracePeriod, optOutIgnored } from '../../journeys/unsubscribe/opt-out-ignored.ts';
import type { Judge } from './judge.ts';
import { broken, emailEvidence, passed } from './judgements.ts';
import { arrivedBy, detailOf, dueAtOf, instantOf, optionalDetailOf } from './watch-details.ts';

/**
 * The unsubscribe journey's last check, when its grace period spanned runs: any marketing email
 * to the address that arrived after the grace period ended, and before the watch fell due,
 * breaks the customer's opt-out.
 */
export const judgeOptOut: Judge = async (watch, { mailbox, companyName, now }) => {
  const optOut = {
    companyName,
    address: detailOf(watch, 'address'),
    unsubscribedAt: instantOf(watch, 'unsubscribedAt'),
    graceEndsAt: instantOf(watch, 'graceEndsAt'),
    marketingSenders: optionalDetailOf(watch, 'marketingSenders')?.split(',').filter(Boolean),
    unmarkedSender: optionalDetailOf(watch, 'unmarkedSender'),
  };
  const criteria = marketingAfterGracePeriod(optOut);
  const [offending] = await mailbox.list({ ...criteria, where: arrivedBy(dueAtOf(watch), criteria.where) });
  if (!offending) return passed(watch, now);
  return broken(watch, now, optOutIgnored(optOut, offending), [emailEvidence('marketing email after opt-out', offending)]);
};
