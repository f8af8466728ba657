import { parseDuration } from '../config/duration.ts';
import { SEVERITY_WEIGHT } from '../reports/experience-score.ts';
import { isJourneyId } from './journey-id.ts';

/** The customer channels a journey can use (BRIEF.md). */
export const CHANNELS = ['web', 'email', 'sms', 'phone', 'api'] as const;
export const SEVERITIES = Object.keys(SEVERITY_WEIGHT);

/** The tags every feature carries, once (journey, owner, severity) or at least once (channel, schedule). */
export const REQUIRED_FEATURE_TAGS = ['journey', 'channel', 'owner', 'severity', 'schedule'] as const;
const ONCE = new Set(['journey', 'owner', 'severity']);

/** playwright-bdd's own tags, which change how a scenario runs. */
const RUNNER_TAGS = new Set(['@skip', '@fixme', '@only', '@slow', '@fail']);

/** Why a tag is not one the harness knows, or undefined when it is fine. */
export function unknownTagReason(tag: string, schedules: readonly string[]): string | undefined {
  if (tag === '@pays' || RUNNER_TAGS.has(tag)) return undefined;
  const [, name, value] = /^@([a-z-]+):(.*)$/.exec(tag) ?? [];
  if (name === undefined || value === undefined) return `unknown tag ${tag} (known: ${knownTags(schedules)})`;
  switch (name) {
    case 'journey':
      return isJourneyId(value) ? undefined : `${tag}: a journey id is lower-case words joined by hyphens`;
    case 'owner':
      return value ? undefined : `${tag}: name the owning team`;
    case 'channel':
      return (CHANNELS as readonly string[]).includes(value) ? undefined : `${tag}: unknown channel (known: ${CHANNELS.join(', ')})`;
    case 'severity':
      return SEVERITIES.includes(value) ? undefined : `${tag}: unknown severity (known: ${SEVERITIES.join(', ')})`;
    case 'schedule':
      return schedules.includes(value) ? undefined : `${tag}: no such schedule in mystery-shopper.config.ts (known: ${schedules.join(', ')})`;
    case 'max-duration':
      return durationProblem(value, tag);
    default:
      return `unknown tag ${tag} (known: ${knownTags(schedules)})`;
  }
}

/** What is missing or repeated among a feature's own tags. */
export function featureTagProblems(tags: readonly string[]): string[] {
  return REQUIRED_FEATURE_TAGS.flatMap((name) => {
    const count = tags.filter((tag) => tag.startsWith(`@${name}:`)).length;
    if (count === 0) return [`the feature has no @${name}:<…> tag`];
    if (count > 1 && ONCE.has(name)) return [`the feature has ${count} @${name}: tags; it takes one`];
    return [];
  });
}

function durationProblem(value: string, tag: string): string | undefined {
  try {
    parseDuration(value);
    return undefined;
  } catch (error) {
    return `${tag}: ${(error as Error).message}`;
  }
}

function knownTags(schedules: readonly string[]): string {
  return [
    '@journey:<id>',
    `@channel:${CHANNELS.join('|')}`,
    '@owner:<team>',
    `@severity:${SEVERITIES.join('|')}`,
    `@schedule:${schedules.join('|')}`,
    '@max-duration:<duration>',
    '@pays',
    ...RUNNER_TAGS,
  ].join(' ');
}
