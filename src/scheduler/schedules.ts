import { cronOf } from '../config/cron.ts';
import { ConfigError } from '../config/config-error.ts';
import type { JourneyEntry } from '../catalogue/journey-catalogue.ts';

export interface ScheduleDefinition {
  /** A cron expression (5 fields, or 6 with seconds first), e.g. "0 6 * * *". */
  cron: string;
  /** IANA time zone of the expression, e.g. "Europe/Helsinki"; default: the machine's. */
  timezone?: string;
}

/** One schedule and the journeys tagged @schedule:<name>. */
export interface ScheduleGroup {
  name: string;
  definition: ScheduleDefinition;
  journeys: JourneyEntry[];
  /** When it runs next (undefined: never again, e.g. a date in the past). */
  nextRun(after?: Date): Date | undefined;
}

/**
 * Pairs the configured schedules with the journeys that name them. A bad cron expression is a
 * configuration error naming the schedule; so is a journey tagged with a schedule that does not exist.
 */
export function scheduleGroups(schedules: Record<string, ScheduleDefinition>, journeys: JourneyEntry[]): ScheduleGroup[] {
  for (const journey of journeys) {
    for (const name of journey.schedules) {
      if (!schedules[name]) {
        throw new ConfigError(`${journey.file}: @schedule:${name} names no schedule in mystery-shopper.config.ts (known: ${Object.keys(schedules).join(', ') || 'none'})`);
      }
    }
  }
  return Object.entries(schedules).map(([name, definition]) => {
    // The config schema has checked the expression already.
    const pattern = cronOf(definition);
    return {
      name,
      definition,
      journeys: journeys.filter((journey) => journey.schedules.includes(name)),
      nextRun: (after) => pattern.nextRun(after) ?? undefined,
    };
  });
}
