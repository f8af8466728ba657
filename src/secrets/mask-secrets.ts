import { loadDotEnv } from '../config/env.ts';
import { MASKED } from '../config/secret.ts';
import { passwordInUrl } from './url-password.ts';

/** What a masked secret reads as, everywhere it would have appeared. */
export { MASKED };

/** Names of the environment variables whose values are secrets. */
const SECRET_NAME = /_(PASSWORD|TOKEN|KEY|SECRET)$/i;

/** Secret values shorter than this are ordinary words and ids far more often than secrets. */
const MIN_SECRET_LENGTH = 6;

/**
 * What a card number looks like: 13 to 19 digits in one run, the first a 2 to 6 (only Visa, a 4,
 * has 13), so that a timestamp in milliseconds is no card; or grouped as cards print them
 * (4-4-4-4 with up to 3 more, or 4-6-4/5) by single spaces or dashes, or by the "+" and "%20" a
 * submitted form turns spaces into (a trace's network log); not part of a decimal number (a
 * trace's timings); and passing the Luhn check, so that run ids, timestamps and order numbers are
 * left alone.
 */
const CARD_LIKE = /(?<![\w-]|\d\.)(?:4\d{12}|[2-6]\d{13,18}|\d{4}( |-|\+|%20)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}( |-|\+|%20)\d{6}\2\d{4,5})(?![\w-]|\.\d)/g;

/**
 * Masks what must never appear in a report: anything that looks like a card number (its last four
 * digits stay, so that QA can tell test cards apart) and every given secret value of at least
 * six characters.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  // Longest first, so that a secret containing another is masked whole.
  const ordered = [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
  const masked = ordered.reduce((result, secret) => result.split(secret).join(MASKED), text);
  return masked.replace(CARD_LIKE, (match) => {
    const digits = match.replace(/\D/g, '');
    return passesLuhn(digits) ? `[a masked card number ending ${digits.slice(-4)}]` : match;
  });
}

/**
 * The values of the environment variables (.env included) named *_PASSWORD, *_TOKEN, *_KEY or
 * *_SECRET, and the password in DATABASE_URL.
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env === process.env) loadDotEnv();
  const named = Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value)
    .map(([, value]) => value!);
  const databasePassword = env.DATABASE_URL ? passwordInUrl(env.DATABASE_URL) : undefined;
  return databasePassword ? [...named, databasePassword] : named;
}

/** The check digit every payment card number carries. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
