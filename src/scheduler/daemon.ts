import { Cron } from 'croner';
import { formatDuration } from '../config/duration.ts';
import type { GroupRun } from './run-group.ts';
import type { ScheduleGroup } from './schedules.ts';
import type { SchedulerState } from './scheduler-state.ts';

export interface DaemonOptions {
  groups: ScheduleGroup[];
  state: SchedulerState;
  runGroup(schedule: string, signal: AbortSignal): Promise<GroupRun>;
  log(line: string): void;
  /** How long a stop waits for the run in progress before interrupting it. */
  stopGraceMs: number;
}

/**
 * Runs each schedule's journeys when its cron fires, one run at a time: a schedule that fires
 * while it is already queued or running is skipped (and says so), so one group never runs twice
 * at once and runs never share the reports folder. After a restart, a schedule whose last run
 * did not complete runs again at once; completed ones wait for their next time.
 */
export class ScheduleDaemon {
  private readonly crons: Cron[] = [];
  private readonly queue: string[] = [];
  private current: { schedule: string; abort: AbortController; done: Promise<void> } | undefined;
  private stopping = false;

  constructor(private readonly options: DaemonOptions) {}

  start(): void {
    for (const schedule of this.options.state.unfinished()) {
      this.options.log(`${new Date().toISOString()} schedule=${schedule} resuming: its last run did not complete`);
      this.enqueue(schedule);
    }
    for (const group of this.options.groups) {
      const options = { protect: true, ...(group.definition.timezone ? { timezone: group.definition.timezone } : {}) };
      this.crons.push(new Cron(group.definition.cron, options, () => this.enqueue(group.name)));
    }
  }

  /** Stops the clocks; the run in progress gets the grace period to finish, then is interrupted. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const cron of this.crons) cron.stop();
    this.queue.length = 0;
    const current = this.current;
    if (!current) return;
    const finished = await Promise.race([current.done.then(() => true), delay(this.options.stopGraceMs).then(() => false)]);
    if (!finished) {
      current.abort.abort();
      await current.done;
    }
  }

  private enqueue(schedule: string): void {
    if (this.stopping) return;
    if (this.current?.schedule === schedule || this.queue.includes(schedule)) {
      this.options.log(`${new Date().toISOString()} schedule=${schedule} skipped: its previous run is still ${this.current?.schedule === schedule ? 'running' : 'queued'}`);
      return;
    }
    this.queue.push(schedule);
    if (!this.current) void this.next();
  }

  private async next(): Promise<void> {
    const schedule = this.queue.shift();
    if (!schedule || this.stopping) return;
    const abort = new AbortController();
    let resolveDone!: () => void;
    this.current = { schedule, abort, done: new Promise((resolve) => (resolveDone = resolve)) };
    try {
      await this.runOnce(schedule, abort.signal);
    } finally {
      this.current = undefined;
      resolveDone();
    }
    void this.next();
  }

  private async runOnce(schedule: string, signal: AbortSignal): Promise<void> {
    const startedAt = new Date().toISOString();
    await this.options.state.set(schedule, { runId: 'starting', startedAt, outcome: 'running' });
    try {
      const run = await this.options.runGroup(schedule, signal);
      const outcome = run.interrupted ? 'interrupted' : 'completed';
      await this.options.state.set(schedule, { runId: run.runId, startedAt, finishedAt: new Date().toISOString(), outcome, exitCode: run.exitCode });
      this.options.log(logLine(schedule, run, outcome));
    } catch (error) {
      await this.options.state.set(schedule, { runId: 'failed-to-start', startedAt, finishedAt: new Date().toISOString(), outcome: 'interrupted' });
      this.options.log(`${new Date().toISOString()} schedule=${schedule} could not run: ${(error as Error).message}`);
    }
  }
}

/** One line per run: what a log shipper or a person scanning the log needs. */
function logLine(schedule: string, run: GroupRun, outcome: string): string {
  const summary = run.summary
    ? ` journeys=${run.summary.journeys} passed=${run.summary.passed} broken=${run.summary.broken} awaiting=${run.summary.awaiting}`
    : '';
  return `${new Date().toISOString()} schedule=${schedule} run=${run.runId} ${outcome} exit=${run.exitCode}${summary} took=${formatDuration(run.durationMs).replace(' ', '')} log=${run.logFile}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
