import type { Alert } from './alert.ts';
import { alertSentence } from './alert-text.ts';

/**
 * The generic webhook's JSON, for scripts and incident tools: stable field names, the journey's
 * finding kinds (the ids in src/findings/kinds.ts) and their customer impact.
 */
export function webhookMessage(alert: Alert, reportLink: string): object {
  return {
    type: 'mystery-shopper.alert',
    version: 1,
    channel: alert.channel.name,
    change: alert.change,
    ...(alert.reminder ? { reminder: true } : {}),
    text: alertSentence(alert),
    target: alert.target,
    runId: alert.runId,
    at: alert.at,
    since: alert.since,
    journey: alert.journey,
    failing: alert.failing,
    report: reportLink,
  };
}
