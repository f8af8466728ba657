import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeOffendingText, TEXT_AFTER_OPT_OUT, textOptOutIgnored, textsAfterGracePeriod } from './text-opt-out-ignored.ts';
import { textOptOutDetails } from './text-opt-out-watch.ts';

/** After the grace period, no marketing text reaches the shopper who said no to texts. */
export async function checkNoTextsAfterOptOut(parts: JourneyParts, optedOutAt: Date): Promise<void> {
  const { sms, notebook, target, shopper } = parts;
  const { unsubscribeGracePeriod, marketingObservation, maxWaitInRun } = target.timing;
  const graceEndsAt = new Date(optedOutAt.getTime() + unsubscribeGracePeriod);
  const optOut = { companyName: target.name, phone: shopper.phone, optedOutAt, graceEndsAt };

  await checkOrWatch(parts, {
    dueAt: new Date(graceEndsAt.getTime() + marketingObservation),
    maxWaitInRun,
    watch: { check: `no marketing text reaches ${shopper.phone} after ${graceEndsAt.toISOString()}`, kind: 'opt-out-ignored', codec: textOptOutDetails, details: optOut },
    // Only the grace period passing tells, and it is the scenario's last check.
    onlyTimeTells: {},
    checkNow: async (remainingMs) => {
      // Returns as soon as an offending text arrives; otherwise at the end of the observation.
      const offending = await sms.waitFor(textsAfterGracePeriod(optOut), remainingMs);
      if (!offending) return;
      const evidence = await notebook.evidence(TEXT_AFTER_OPT_OUT, describeOffendingText(offending, optedOutAt), 'text/plain');
      await notebook.found({ ...textOptOutIgnored(optOut, offending), evidence: [evidence] });
    },
  });
}
