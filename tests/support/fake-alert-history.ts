import type { AlertState } from '../../src/alerts/alert.ts';
import { decideAlerts, type AlertHistory, type RecordedJourneyRun } from '../../src/alerts/decide-alerts.ts';
import { alertsSchema, type AlertChannel, type AlertChannelInput } from '../../src/config/alert-schema.ts';
import type { ExperienceReport, JourneyStatus } from '../../src/report-model/experience-report.ts';
import { buildExperienceReport } from '../../src/reports/experience-report.ts';

export const IMPACT = 'I unsubscribed from Demo Shop, yet its offers keep arriving';

/** Alert channels as the config file gives them, validated. */
export function channelsOf(...channels: AlertChannelInput[]) {
  return alertsSchema.parse(channels);
}

export function reportOf(runId: string, startedAt: string, journeys: Array<[string, JourneyStatus]>): ExperienceReport {
  return buildExperienceReport(
    { runId, startedAt, finishedAt: startedAt, target: { id: 'demo', name: 'Demo Shop', webUrl: 'http://127.0.0.1:1' }, faults: [] },
    journeys.map(([journeyId, status]) => ({
      journeyId,
      journeyName: journeyId === 'unsubscribe' ? 'Unsubscribe from marketing email' : journeyId,
      owner: 'marketing',
      channels: ['email'],
      scenario: `${journeyId} scenario`,
      status,
      durationMs: 10,
      findings: status === 'broken' ? [{ kind: 'opt-out-ignored', customerImpact: IMPACT, expected: 'no offers', observed: 'an offer', evidence: [] }] : [],
    })),
  );
}

/** The run history in memory, as src/store keeps it in its database: runs per journey, alert state per journey and channel. */
export class FakeHistory implements AlertHistory {
  private readonly runs = new Map<string, RecordedJourneyRun[]>();
  private readonly states = new Map<string, AlertState>();
  private readonly toldAt = new Map<string, string>();
  private count = 0;

  /** The next run of the unsubscribe journey, hourly, recorded as the reporter does before alerts are decided. */
  nextRun(status: JourneyStatus): ExperienceReport {
    this.count += 1;
    const report = reportOf(`r${this.count}`, this.startedAt(this.count), [['unsubscribe', status]]);
    this.record(report);
    return report;
  }

  /** The alerts each run decides, as "channel:change". */
  async runAll(statuses: JourneyStatus[], channels: AlertChannel[]): Promise<string[][]> {
    const decided: string[][] = [];
    for (const status of statuses) decided.push((await decideAlerts(this.nextRun(status), this, channels)).map((alert) => `${alert.channel.name}:${alert.change}`));
    return decided;
  }

  startedAt(run: number): string {
    return new Date(Date.UTC(2026, 10, 22, 8, 0) + run * 3_600_000).toISOString();
  }

  record(report: ExperienceReport): void {
    for (const journey of report.journeys) {
      this.runs.set(journey.id, [{ runId: report.runId, startedAt: report.startedAt, status: journey.status }, ...(this.runs.get(journey.id) ?? [])]);
    }
  }

  async journeyRuns(journeyId: string, limit: number): Promise<RecordedJourneyRun[]> {
    return (this.runs.get(journeyId) ?? []).slice(0, limit);
  }

  async alertState(journeyId: string, channel: string): Promise<AlertState | undefined> {
    return this.states.get(`${journeyId}\n${channel}`);
  }

  async lastTold(journeyId: string, channel: string): Promise<{ state: AlertState; at: string } | undefined> {
    const state = this.states.get(`${journeyId}\n${channel}`);
    return state && { state, at: this.toldAt.get(`${journeyId}\n${channel}`)! };
  }

  async setAlertState(journeyId: string, channel: string, state: AlertState, at = new Date().toISOString()): Promise<void> {
    this.states.set(`${journeyId}\n${channel}`, state);
    this.toldAt.set(`${journeyId}\n${channel}`, at);
  }
}
