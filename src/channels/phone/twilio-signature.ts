import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The X-Twilio-Signature of a form-encoded webhook request, as Twilio documents it: HMAC-SHA1,
 * keyed with the account's auth token, over the full URL Twilio requested followed by every POST
 * parameter sorted by name (a repeated name's values sorted too), each name then its value; base64.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const pairs = [...params.entries()].sort(([nameA, valueA], [nameB, valueB]) => compare(nameA, nameB) || compare(valueA, valueB));
  const signed = url + pairs.map(([name, value]) => name + value).join('');
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}

/** True when the header is the signature Twilio would send for this request; a missing header is false. */
export function isSignedByTwilio(authToken: string, url: string, params: URLSearchParams, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
