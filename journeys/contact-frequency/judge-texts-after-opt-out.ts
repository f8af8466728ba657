import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, passed, textEvidence } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { describeOffendingText, TEXT_AFTER_OPT_OUT, textOptOutIgnored, textsAfterGracePeriod } from './text-opt-out-ignored.ts';
import { textOptOutDetails } from './text-opt-out-watch.ts';

/**
 * The contact-frequency journey's "no more texts" check, when its grace period spanned runs: any
 * text to the phone after the grace period ended, and before the watch fell due, breaks it.
 */
export const textsAfterOptOutJudge: WatchJudge = {
  journey: textOptOutDetails.journey,
  kind: 'opt-out-ignored',
  judge: async (watch, { sms, companyName, now }) => {
    const optOut = { companyName, ...textOptOutDetails.read(watch) };
    const [offending] = (await sms.list(textsAfterGracePeriod(optOut))).filter(arrivedBy(dueAtOf(watch)));
    if (!offending) return passed(watch, now);
    const evidence = textEvidence(TEXT_AFTER_OPT_OUT, describeOffendingText(offending, optOut.optedOutAt));
    return broken(watch, now, textOptOutIgnored(optOut, offending), [evidence]);
  },
};
