import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, emailEvidence, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { marketingAfterGracePeriod, optOutIgnored } from './opt-out-ignored.ts';
import { optOutDetails } from './opt-out-watch.ts';

/**
 * The unsubscribe journey's last check, when its grace period spanned runs: any marketing email
 * to the address that arrived after the grace period ended, and before the watch fell due,
 * breaks the customer's opt-out.
 */
export const optOutJudge: WatchJudge = {
  journey: optOutDetails.journey,
  kind: 'opt-out-ignored',
  judge: async (watch, { mailbox, companyName, now }) => {
    const optOut = { companyName, ...optOutDetails.read(watch) };
    const criteria = marketingAfterGracePeriod(optOut);
    const [offending] = await mailbox.list({ ...criteria, where: arrivedBy(dueAtOf(watch), criteria.where) });
    if (!offending) return passed(watch, now);
    return broken(watch, now, optOutIgnored(optOut, offending), [emailEvidence('marketing email after opt-out', offending)]);
  },
};
