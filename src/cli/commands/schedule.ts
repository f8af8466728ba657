import path from 'node:path';
import { readJourneyCatalogue } from '../../catalogue/journey-catalogue.ts';
import { parseDuration } from '../../config/duration.ts';
import { ConfigError } from '../../config/config-error.ts';
import { loadConfig } from '../../config/load-config.ts';
import { dataDir, reportsDir } from '../../runtime/paths.ts';
import { maskKnownSecrets } from '../../secrets/known-secrets.ts';
import { ScheduleDaemon } from '../../scheduler/daemon.ts';
import { runGroup } from '../../scheduler/run-group.ts';
import { SchedulerState } from '../../scheduler/scheduler-state.ts';
import { scheduleGroups } from '../../scheduler/schedules.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';

export const SCHEDULE_USAGE = `mystery-shopper schedule [--stop-grace 30s]
  Runs until stopped: each schedule of mystery-shopper.config.ts runs the journeys tagged
  @schedule:<name>, one run at a time, one log line per run. On SIGTERM or Ctrl+C the run in
  progress gets --stop-grace to finish, then is interrupted; after a restart it runs again.
  A schedule no journey is tagged with is an error (exit 2).
  --stop-grace <duration>  how long a run in progress may take to finish when stopped (default 30s)
  Example: mystery-shopper schedule --stop-grace 2m`;

export async function scheduleCommand(args: string[]): Promise<ExitCode> {
  const { values } = parseOptions('schedule', args, { 'stop-grace': { type: 'string', default: '30s' } });
  const stopGraceMs = parseGrace(values['stop-grace']);
  const config = await loadConfig();
  const groups = scheduleGroups(config.schedules, await readJourneyCatalogue());
  if (groups.length === 0) throw new ConfigError('No schedules in mystery-shopper.config.ts: add e.g. schedules: { daily: { cron: "0 6 * * *" } }');
  // A schedule that selects nothing would run empty audits that pass, forever.
  const empty = groups.filter((group) => group.journeys.length === 0).map((group) => group.name);
  if (empty.length > 0) {
    throw new ConfigError(`schedule ${empty.map((name) => `"${name}"`).join(', ')} of mystery-shopper.config.ts: no scenario is tagged ${empty.map((name) => `@schedule:${name}`).join(', ')}; tag a journey with it, or remove the schedule`);
  }
  const state = await SchedulerState.load(path.join(dataDir(), 'scheduler-state.json'));
  const daemon = new ScheduleDaemon({
    groups,
    state,
    stopGraceMs,
    log: (line) => console.log(maskKnownSecrets(line)),
    runGroup: (schedule, signal) => runGroup(schedule, { logDir: path.join(dataDir(), 'logs'), reportsDir: reportsDir(), signal }),
  });
  for (const group of groups) {
    console.log(`schedule ${group.name} (${group.definition.cron}): ${group.journeys.map((journey) => journey.id).join(', ') || 'no journeys'}; next ${group.nextRun()?.toISOString() ?? 'never'}`);
  }
  daemon.start();
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`${new Date().toISOString()} ${signal}: stopping (a run in progress gets ${values['stop-grace']} to finish)`);
      void daemon.stop().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  console.log(`${new Date().toISOString()} stopped`);
  return EXIT.ok;
}

function parseGrace(text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new ConfigError(`--stop-grace: ${(error as Error).message}`);
  }
}
