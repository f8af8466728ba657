import type { Judge, JudgeContext } from '../../src/watches/judge.ts';
import type { Watch } from '../../src/findings/watches.ts';
import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, passed, textEvidence } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { CALLS_AFTER_OPT_OUT, callOptOutIgnored, callsAfterGracePeriod, describeOffendingCalls } from './call-opt-out-ignored.ts';
import { callOptOutDetails, isCallOptOutWatch } from './call-opt-out-watch.ts';
import { describeOffendingText, TEXT_AFTER_OPT_OUT, textOptOutIgnored, textsAfterGracePeriod } from './text-opt-out-ignored.ts';
import { textOptOutDetails } from './text-opt-out-watch.ts';

/**
 * The contact-frequency journey's "no more texts" and "do not call me" checks, when their grace
 * period spanned runs: any text (or call) to the phone after the grace period ended, and before
 * the watch fell due, breaks it. Both are `opt-out-ignored` watches of the journey; the details tell which.
 */
export const contactOptOutJudge: WatchJudge = {
  journey: textOptOutDetails.journey,
  kind: 'opt-out-ignored',
  judge: (watch, context) => (isCallOptOutWatch(watch) ? judgeCalls(watch, context) : judgeTexts(watch, context)),
};

const judgeTexts: Judge = async (watch: Watch, { sms, companyName, now }: JudgeContext) => {
  const optOut = { companyName, ...textOptOutDetails.read(watch) };
  const [offending] = (await sms.list(textsAfterGracePeriod(optOut))).filter(arrivedBy(dueAtOf(watch)));
  if (!offending) return passed(watch, now);
  const evidence = textEvidence(TEXT_AFTER_OPT_OUT, describeOffendingText(offending, optOut.optedOutAt));
  return broken(watch, now, textOptOutIgnored(optOut, offending), [evidence]);
};

const judgeCalls: Judge = async (watch: Watch, { calls, companyName, now }: JudgeContext) => {
  const optOut = { companyName, ...callOptOutDetails.read(watch) };
  const offending = (await calls.list(callsAfterGracePeriod(optOut))).filter(arrivedBy(dueAtOf(watch)));
  if (offending.length === 0) return passed(watch, now);
  const evidence = textEvidence(CALLS_AFTER_OPT_OUT, describeOffendingCalls(offending, optOut));
  return broken(watch, now, callOptOutIgnored(optOut, offending), [evidence]);
};
