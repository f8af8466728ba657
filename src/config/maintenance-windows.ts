import { z } from 'zod';
import { cronOf } from './cron.ts';
import { parseDuration } from './duration.ts';

/**
 * A target's planned downtime: runs in a window are recorded and shown "in maintenance", but alert
 * no one and count in no trend. Recurring (a cron expression and how long each lasts) or one-off
 * (from, to); times without an offset, and the cron, are read in `timezone` (default UTC).
 */
const recurring = z.object({
  name: z.string().min(1).optional(),
  cron: z.string().min(1),
  /** How long each window lasts, e.g. "2h". */
  duration: z.string(),
  timezone: z.string().optional(),
});
const oneOff = z.object({
  name: z.string().min(1).optional(),
  /** e.g. "2026-12-24T18:00" (in `timezone`) or "2026-12-24T18:00+01:00". */
  from: z.string(),
  to: z.string(),
  timezone: z.string().optional(),
});

export const maintenanceWindowsSchema = z
  .array(z.union([recurring, oneOff]))
  .default([])
  .superRefine((windows, ctx) => {
    windows.forEach((window, index) => {
      try {
        if (!isValidZone(window.timezone)) throw new Error(`unknown time zone "${window.timezone}"`);
        if ('cron' in window) {
          cronOf(window);
          if (parseDuration(window.duration) <= 0) throw new Error('duration must be longer than 0');
        } else if (instant(window.to, window.timezone) <= instant(window.from, window.timezone)) throw new Error(`"to" (${window.to}) must be later than "from" (${window.from})`);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: [index], message: (error as Error).message });
      }
    });
  });

export type MaintenanceWindowConfig = z.output<typeof maintenanceWindowsSchema>[number];

/** One window as it falls: from, until (ISO), and the name it is shown by. */
export interface MaintenancePeriod {
  window: string;
  from: string;
  until: string;
}

/** The window `time` falls in, if any (the one that ends last, when several overlap). */
export function maintenanceAt(windows: readonly MaintenanceWindowConfig[], time: Date): MaintenancePeriod | undefined {
  const periods = windows.flatMap((window) => {
    const period = 'cron' in window ? recurringPeriodAt(window, time) : oneOffPeriod(window);
    return period && Date.parse(period.from) <= time.getTime() && time.getTime() < Date.parse(period.until) ? [period] : [];
  });
  return periods.sort((a, b) => b.until.localeCompare(a.until))[0];
}

/** The next window that has not ended at `now` (the one in progress, else the soonest). */
export function nextMaintenance(windows: readonly MaintenanceWindowConfig[], now: Date): MaintenancePeriod | undefined {
  const current = maintenanceAt(windows, now);
  if (current) return current;
  const upcoming = windows.flatMap((window) => {
    if ('cron' in window) {
      const start = cronOf(window).nextRun(now);
      return start ? [periodOf(window, start.getTime(), start.getTime() + parseDuration(window.duration))] : [];
    }
    const period = oneOffPeriod(window);
    return Date.parse(period.from) > now.getTime() ? [period] : [];
  });
  return upcoming.sort((a, b) => a.from.localeCompare(b.from))[0];
}

/** The occurrence that started within `duration` before `time`: the first start after time − duration, if it is not after time. */
function recurringPeriodAt(window: Extract<MaintenanceWindowConfig, { cron: string }>, time: Date): MaintenancePeriod | undefined {
  const duration = parseDuration(window.duration);
  const start = cronOf(window).nextRun(new Date(time.getTime() - duration));
  if (!start || start.getTime() > time.getTime()) return undefined;
  return periodOf(window, start.getTime(), start.getTime() + duration);
}

function oneOffPeriod(window: Extract<MaintenanceWindowConfig, { from: string }>): MaintenancePeriod {
  return periodOf(window, instant(window.from, window.timezone), instant(window.to, window.timezone));
}

function periodOf(window: MaintenanceWindowConfig, from: number, until: number): MaintenancePeriod {
  const name = window.name ?? ('cron' in window ? `${window.cron} for ${window.duration}` : 'planned maintenance');
  return { window: name, from: new Date(from).toISOString(), until: new Date(until).toISOString() };
}

/** A time with an offset as written; without one, the wall-clock time in `timezone` (default UTC). */
export function instant(text: string, timezone = 'UTC'): number {
  const withOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const asUtc = Date.parse(withOffset ? text : `${text}Z`);
  if (Number.isNaN(asUtc)) throw new Error(`"${text}" is not a time such as 2026-12-24T18:00`);
  if (withOffset) return asUtc;
  // The zone's offset at that wall-clock time, found by how the zone shows the UTC instant; once more across a DST change.
  const first = asUtc - offsetOf(asUtc, timezone);
  return asUtc - offsetOf(first, timezone);
}

function offsetOf(time: number, timezone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(time))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - Math.floor(time / 1000) * 1000;
}

function isValidZone(timezone: string | undefined): boolean {
  if (!timezone) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
