import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { CALLS_AFTER_OPT_OUT, callOptOutIgnored, callsAfterGracePeriod, describeOffendingCalls, type SaidWhere } from './call-opt-out-ignored.ts';
import { callOptOutDetails } from './call-opt-out-watch.ts';

/** After the grace period, no sales call reaches the shopper who said not to be called. */
export async function checkNoCallsAfterOptOut(parts: JourneyParts, optedOutAt: Date, said: SaidWhere): Promise<void> {
  const { calls, notebook, target, shopper } = parts;
  const { unsubscribeGracePeriod, marketingObservation, maxWaitInRun } = target.timing;
  const graceEndsAt = new Date(optedOutAt.getTime() + unsubscribeGracePeriod);
  const optOut = { companyName: target.name, phone: shopper.phone, said, optedOutAt, graceEndsAt };

  await checkOrWatch(parts, {
    dueAt: new Date(graceEndsAt.getTime() + marketingObservation),
    maxWaitInRun,
    watch: { check: `no sales call reaches ${shopper.phone} after ${graceEndsAt.toISOString()}`, kind: 'opt-out-ignored', codec: callOptOutDetails, details: optOut },
    // Only the grace period passing tells, and it is the scenario's last check.
    onlyTimeTells: {},
    checkNow: async (remainingMs) => {
      // Returns as soon as an offending call comes; otherwise at the end of the observation.
      const first = await calls.waitFor(callsAfterGracePeriod(optOut), remainingMs);
      if (!first) return;
      const offending = await calls.list(callsAfterGracePeriod(optOut));
      const evidence = await notebook.evidence(CALLS_AFTER_OPT_OUT, describeOffendingCalls(offending, optOut), 'text/plain');
      await notebook.found({ ...callOptOutIgnored(optOut, offending), evidence: [evidence] });
    },
  });
}
