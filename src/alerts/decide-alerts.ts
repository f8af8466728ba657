import type { AlertChannel } from '../config/alert-schema.ts';
import type { ExperienceReport, JourneyReport, JourneyStatus } from '../report-model/experience-report.ts';
import type { Alert, AlertChange, AlertState } from './alert.ts';

/** One recorded run of a journey, as the run history (src/store) returns it. */
export interface RecordedJourneyRun {
  runId: string;
  startedAt: string;
  status: JourneyStatus;
  /** Its run fell in a maintenance window: it counts for no alert. */
  maintenance?: true;
}

/** The part of the run history that change-only alerts read and write: Pick<RunStore, …> of src/store. */
export interface AlertHistory {
  /** The journey's most recent runs, newest first. */
  journeyRuns(journeyId: string, limit: number): Promise<RecordedJourneyRun[]>;
  alertState(journeyId: string, channel: string): Promise<AlertState | undefined>;
  /** What the channel was last told of the journey, and when (the run's start): a reminder counts from it. */
  lastTold(journeyId: string, channel: string): Promise<{ state: AlertState; at: string } | undefined>;
  /** `at`: the run's start that told it (default: now). */
  setAlertState(journeyId: string, channel: string, state: AlertState, at?: string): Promise<void>;
}

/**
 * The alerts this run calls for: for each journey and channel, the journey's state over the
 * channel's last N runs against what that channel was last told. Only a change the channel's
 * flags allow becomes an alert, and the history then remembers it, so the next run with the same
 * state stays quiet. A run in a maintenance window alerts no one, and a known issue (a journey
 * acknowledged, failing only as acknowledged) stays quiet: the channel keeps what it was told, so
 * its recovery, or the next failure once the acknowledgement has ended, is news.
 */
export async function decideAlerts(report: ExperienceReport, store: AlertHistory, channels: readonly AlertChannel[]): Promise<Alert[]> {
  const alerts: Alert[] = [];
  if (report.maintenance) return alerts;
  for (const journey of report.journeys) {
    if (journey.known) continue;
    for (const channel of channels) {
      const runs = await recentRuns(report, journey, store, channel.when.ofLast);
      const judged = judgeRuns(runs, channel.when.failing);
      const told = (await store.alertState(journey.id, channel.name)) ?? 'ok';
      const now = judged.state ?? told;
      if (now === told) {
        if (now !== 'ok' && (await reminderDue(report, journey, store, channel))) {
          alerts.push({ ...alertFor(report, journey, channel, { change: now, was: told }, judged), reminder: true });
          await store.setAlertState(journey.id, channel.name, now, report.startedAt);
        }
        continue;
      }
      const change: AlertChange = now === 'ok' ? 'recovered' : now;
      if (channel.on[change]) {
        alerts.push(alertFor(report, journey, channel, { change, was: told }, judged));
        await store.setAlertState(journey.id, channel.name, now, report.startedAt);
      } else if (now === 'ok') {
        // A recovery this channel does not hear about still ends the outage: the next failure is news again.
        await store.setAlertState(journey.id, channel.name, now, report.startedAt);
      }
    }
  }
  return alerts;
}

/**
 * A channel with reminders is told again of a journey still failing as it was told, once `everyRuns`
 * runs of it have been recorded since it was last told, or `everyMs` has passed.
 */
async function reminderDue(report: ExperienceReport, journey: JourneyReport, store: AlertHistory, channel: AlertChannel): Promise<boolean> {
  const remind = channel.remind;
  if (!remind) return false;
  const told = await store.lastTold(journey.id, channel.name);
  if (!told) return false;
  const toldAt = Date.parse(told.at);
  if (remind.everyMs !== undefined && Date.parse(report.startedAt) - toldAt >= remind.everyMs) return true;
  if (remind.everyRuns === undefined) return false;
  const runs = await recentRuns(report, journey, store, remind.everyRuns);
  return runs.filter((run) => Date.parse(run.startedAt) > toldAt).length >= remind.everyRuns;
}

interface Judgement {
  /** undefined: neither failing nor clean enough to call a recovery; the channel keeps what it was told. */
  state: AlertState | undefined;
  failingRuns: number;
  ofLast: number;
  since: string;
}

/**
 * Failing means broken or degraded for customers; awaiting, not-run and needs-maintenance say
 * nothing about the customer, so they never fail a journey nor prove it fixed. A journey is
 * failing when at least `failing` of its last runs failed, and ok again only when none of them
 * failed and this run passed: in between it keeps its state, so a flapping journey alerts once
 * and does not page again on every pass and every failure.
 */
function judgeRuns(runs: RecordedJourneyRun[], failing: number): Judgement {
  const failed = runs.filter((run) => run.status === 'broken' || run.status === 'degraded');
  const thisRun = runs[0]!;
  const judgement = { failingRuns: failed.length, ofLast: runs.length, since: failed.at(-1)?.startedAt ?? thisRun.startedAt };
  if (failed.length >= failing) {
    const broken = failed.filter((run) => run.status === 'broken').length;
    return { ...judgement, state: broken >= failing ? 'broken' : 'degraded' };
  }
  const clean = failed.length === 0 && thisRun.status === 'passed';
  return { ...judgement, state: clean ? 'ok' : undefined };
}

/** Runs read beyond the last N, so that N remain once the runs in maintenance windows are left out. */
const MAINTENANCE_ALLOWANCE = 24;

/**
 * The last `limit` runs of a journey outside maintenance windows, newest first, this run first
 * whether or not the store has recorded it yet.
 */
async function recentRuns(report: ExperienceReport, journey: JourneyReport, store: AlertHistory, limit: number): Promise<RecordedJourneyRun[]> {
  const thisRun = { runId: report.runId, startedAt: report.startedAt, status: journey.status };
  const earlier = (await store.journeyRuns(journey.id, limit + 1 + MAINTENANCE_ALLOWANCE)).filter((run) => run.runId !== report.runId && !run.maintenance);
  return [thisRun, ...earlier].slice(0, limit);
}

function alertFor(report: ExperienceReport, journey: JourneyReport, channel: AlertChannel, { change, was }: Pick<Alert, 'change' | 'was'>, judged: Judgement): Alert {
  return {
    channel,
    change,
    was,
    target: { id: report.target.id, name: report.target.name },
    runId: report.runId,
    at: report.startedAt,
    since: change === 'recovered' ? report.startedAt : judged.since,
    journey: {
      id: journey.id,
      name: journey.name,
      owner: journey.owner,
      status: journey.status,
      findings: journey.findings.map(({ kind, customerImpact }) => ({ kind, customerImpact })),
    },
    failing: { runs: judged.failingRuns, ofLast: judged.ofLast },
  };
}
