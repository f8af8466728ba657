import {
  describeOffendingText,
  TEXT_AFTER_OPT_OUT,
  textOptOutIgnored,
  textsAfterGracePeriod,
} from '../../journeys/contact-frequency/text-opt-out-ignored.ts';
import type { Judge } from './judge.ts';
import { broken, passed, textEvidence } from './judgements.ts';
import { arrivedBy, detailOf, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The contact-frequency journey's "no more texts" check, when its grace period spanned runs: any
 * text to the phone after the grace period ended, and before the watch fell due, breaks it.
 */
export const judgeTextsAfterOptOut: Judge = async (watch, { sms, companyName, now }) => {
  const optOut = {
    companyName,
    phone: detailOf(watch, 'phone'),
    optedOutAt: instantOf(watch, 'optedOutAt'),
    graceEndsAt: instantOf(watch, 'graceEndsAt'),
  };
  const [offending] = (await sms.list(textsAfterGracePeriod(optOut))).filter(arrivedBy(dueAtOf(watch)));
  if (!offending) return passed(watch, now);
  const evidence = textEvidence(TEXT_AFTER_OPT_OUT, describeOffendingText(offending, optOut.optedOutAt));
  return broken(watch, now, textOptOutIgnored(optOut, offending), [evidence]);
};
