import type { AlertChannel } from '../config/alert-schema.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { Alert } from './alert.ts';
import { decideAlerts, type AlertHistory } from './decide-alerts.ts';
import { sendAlerts, type SendOptions } from './send-alerts.ts';

/**
 * The last step of a run: decide which journeys changed state for which alert channel, and tell
 * them. Call it after the run is recorded in the store. An alert no receiver took is forgotten
 * in the history, so the next run that still sees the change sends it again.
 */
export async function notifyChanges(report: ExperienceReport, store: AlertHistory, channels: readonly AlertChannel[], options?: SendOptions): Promise<Alert[]> {
  const alerts = await decideAlerts(report, store, channels);
  const undelivered = await sendAlerts(alerts, options);
  for (const alert of undelivered) await store.setAlertState(alert.journey.id, alert.channel.name, alert.was);
  return alerts;
}
