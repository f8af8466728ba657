import { ConfigError } from '../config/config-error.ts';
import { parseDuration } from '../config/duration.ts';

/**
 * Journey metadata carried by Gherkin tags: @journey:<id> @owner:<team> @channel:<c> @severity:<s>
 * @schedule:<name> @max-duration:<duration>.
 */
export interface JourneyTags {
  journey?: string;
  owner?: string;
  severity?: string;
  schedules: string[];
  channels: string[];
  /** The longest a scenario may take before the journey is degraded, as written ("2m"). */
  maxDuration?: string;
}

export function readJourneyTags(tags: readonly string[]): JourneyTags {
  const values = (name: string) =>
    tags.filter((tag) => tag.startsWith(`@${name}:`)).map((tag) => tag.slice(name.length + 2));
  return {
    journey: values('journey')[0],
    owner: values('owner')[0],
    severity: values('severity')[0],
    schedules: [...new Set(values('schedule'))],
    channels: [...new Set(values('channel'))],
    // A scenario's own tag comes after its feature's, and wins.
    maxDuration: values('max-duration').at(-1),
  };
}

/** The @max-duration threshold in milliseconds, or a ConfigError naming where the bad tag is. */
export function maxDurationMs(tags: JourneyTags, where: string): number | undefined {
  if (tags.maxDuration === undefined) return undefined;
  try {
    return parseDuration(tags.maxDuration);
  } catch (error) {
    throw new ConfigError(`${where}: @max-duration:${tags.maxDuration}: ${(error as Error).message}`);
  }
}
