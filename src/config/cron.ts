import { Cron } from 'croner';

/** A schedule's cron expression in its time zone, paused: read for its next times, never run. */
export function cronOf(schedule: { cron: string; timezone?: string }): Cron {
  return new Cron(schedule.cron, { paused: true, ...(schedule.timezone ? { timezone: schedule.timezone } : {}) });
}
