import { ConfigError } from '../config/config-error.ts';

/** A journey id is kebab-case: it names the feature file, the @journey tag, and folders. */
const JOURNEY_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isJourneyId(value: string): boolean {
  return JOURNEY_ID.test(value);
}

/** The id, or a ConfigError saying what a journey id looks like. */
export function checkJourneyId(value: string | undefined): string {
  if (value === undefined || value === '') throw new ConfigError('Name the journey, e.g. "mystery-shopper new journey gift-card-balance"');
  if (!isJourneyId(value)) {
    throw new ConfigError(`"${value}" is not a journey id: use lower-case words joined by hyphens, e.g. "gift-card-balance"`);
  }
  return value;
}
