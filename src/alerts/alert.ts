import type { AlertChannel } from '../config/alert-schema.ts';
import type { FindingKind } from '../findings/kinds.ts';
import type { JourneyStatus } from '../report-model/experience-report.ts';

/** What was last alerted for a journey on one channel; a journey never alerted about is ok. */
export type AlertState = 'broken' | 'degraded' | 'ok';

/** The change an alert announces. */
export type AlertChange = 'broken' | 'degraded' | 'recovered';

/** One message to send: a journey's state changed in a way one channel wants to hear about. */
export interface Alert {
  channel: AlertChannel;
  change: AlertChange;
  /** What the channel had been told before this alert: restored when it cannot be delivered, so the next run tries again. */
  was: AlertState;
  target: { id: string; name: string };
  runId: string;
  /** When this run started (ISO): the moment a recovery was seen. */
  at: string;
  /** When the journey first failed among the runs counted (ISO); for a recovery, as `at`. */
  since: string;
  journey: {
    id: string;
    name: string;
    owner: string | null;
    /** The journey's status in this run. */
    status: JourneyStatus;
    findings: Array<{ kind: FindingKind; customerImpact: string }>;
  };
  /** How many of the last runs failed: e.g. 2 of 3. */
  failing: { runs: number; ofLast: number };
  /** The channel's reminder: nothing changed, the journey is still failing and no one acknowledged it. */
  reminder?: true;
}
