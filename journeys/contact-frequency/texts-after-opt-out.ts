import { formatDuration } from '../../src/config/duration.ts';
import type { JourneyParts } from '../journey-parts.ts';

/** After the grace period, no marketing text reaches the shopper who said no to texts. */
export async function checkNoTextsAfterOptOut(parts: JourneyParts, optedOutAt: Date): Promise<void> {
  const { sms, notebook, target, shopper, runId } = parts;
  const { unsubscribeGracePeriod, marketingObservation, maxWaitInRun } = target.timing;
  const graceEndsAt = new Date(optedOutAt.getTime() + unsubscribeGracePeriod);
  const dueAt = new Date(graceEndsAt.getTime() + marketingObservation);

  if (dueAt.getTime() - Date.now() > maxWaitInRun) {
    await notebook.awaiting({
      runId,
      journey: 'contact-frequency',
      check: `no marketing text reaches ${shopper.phone} after ${graceEndsAt.toISOString()}`,
      kind: 'opt-out-ignored',
      dueAt: dueAt.toISOString(),
      details: { phone: shopper.phone, optedOutAt: optedOutAt.toISOString(), graceEndsAt: graceEndsAt.toISOString() },
    });
    return;
  }
  // Returns as soon as an offending text arrives; otherwise at the end of the observation.
  const offending = await sms.waitFor({ to: shopper.phone, receivedAfter: graceEndsAt }, Math.max(0, dueAt.getTime() - Date.now()));
  if (!offending) return;
  const evidence = await notebook.evidence(
    'text after opting out of texts',
    `From: ${offending.from}\nTo: ${offending.to}\nReceived: ${offending.receivedAt.toISOString()}\nOpted out: ${optedOutAt.toISOString()}\n\n${offending.body}`,
    'text/plain',
  );
  await notebook.found({
    kind: 'opt-out-ignored',
    customerImpact: `I said no to texts from ${target.name}, yet its offers keep arriving by text`,
    expected: `No marketing text after the ${formatDuration(unsubscribeGracePeriod)} grace period`,
    observed: `"${offending.body}" arrived ${formatDuration(offending.receivedAt.getTime() - optedOutAt.getTime())} after I opted out of texts`,
    evidence: [evidence],
  });
}
