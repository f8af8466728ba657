/** What a masked secret reads as, everywhere it would have appeared. */
export const MASKED = '[a masked value]';

/** Names of the environment variables whose values are secrets. */
const SECRET_NAME = /_(PASSWORD|TOKEN|KEY|SECRET)$/i;

/**
 * 13 to 19 digits, optionally grouped by single spaces or dashes: what a card number looks like.
 * Digits glued to letters or other digits are left alone, so that ids and long numbers are not cut.
 */
const CARD_LIKE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

/**
 * Masks what must never appear in a report: anything that looks like a card number (its last four
 * digits stay, so that QA can tell test cards apart) and every given secret value.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  // Longest first, so that a secret containing another is masked whole.
  const ordered = [...new Set(secrets.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length);
  const masked = ordered.reduce((result, secret) => result.split(secret).join(MASKED), text);
  return masked.replace(CARD_LIKE, (digits) => `[a masked card number ending ${digits.replace(/\D/g, '').slice(-4)}]`);
}

/** A copy of a JSON-like value (a report) with every string in it masked. */
export function maskSecretsDeep<T>(value: T, secrets: readonly string[]): T {
  return JSON.parse(JSON.stringify(value), (_key, entry: unknown) => (typeof entry === 'string' ? maskSecrets(entry, secrets) : entry)) as T;
}

/** The values of the environment variables named *_PASSWORD, *_TOKEN, *_KEY or *_SECRET. */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value)
    .map(([, value]) => value!);
}
