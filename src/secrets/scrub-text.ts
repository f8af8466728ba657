import { MASKED, maskSecrets } from './mask-secrets.ts';

/** Values shorter than this (a 2-digit month) are masked nowhere, not even in exact places. */
const MIN_EXACT_LENGTH = 3;

/**
 * Masks secrets in report text as they are written there: plain, JSON-escaped, URL- and
 * form-encoded (a trace's network log), and card numbers however printed. A secret too short to
 * mask everywhere (a CVC) is masked where it is a whole value: a JSON string, a form field.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  const forms = secrets.flatMap(encodedForms);
  const masked = maskSecrets(text, forms);
  return secrets
    .filter((secret) => secret.length >= MIN_EXACT_LENGTH)
    .reduce((result, secret) => maskWholeValues(result, secret), masked);
}

function encodedForms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), ...urlEncodedForms(secret)])];
}

/** As a URL or a submitted form writes it (a space as %20 or +). */
function urlEncodedForms(secret: string): string[] {
  const uri = encodeURIComponent(secret);
  return [...new Set([uri, uri.replace(/%20/g, '+')])];
}

function maskWholeValues(text: string, secret: string): string {
  const json = escapeRegExp(JSON.stringify(secret));
  const form = urlEncodedForms(secret).map(escapeRegExp).join('|');
  return text
    .replace(new RegExp(json, 'g'), JSON.stringify(MASKED))
    .replace(new RegExp(`(?<==)(?:${form})(?=[&"\\s]|$)`, 'g'), MASKED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
