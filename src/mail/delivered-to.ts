import type { ReceivedEmail } from './received-email.ts';

/**
 * Headers in which a receiving system records the envelope recipient: list mail says To: the
 * list, and only these name the subscriber's own (sub-)address.
 */
export const DELIVERY_HEADERS = ['delivered-to', 'x-original-to', 'envelope-to', 'received'] as const;

/** Every address the delivery headers name as the recipient, lower case, in header order. */
export function deliveredToAddresses(headers: ReceivedEmail['headers']): string[] {
  const found = new Set<string>();
  for (const name of DELIVERY_HEADERS) {
    for (const value of headers.get(name) ?? []) {
      const addresses = name === 'received' ? receivedFor(value) : addressesIn(value);
      for (const address of addresses) found.add(address.toLowerCase());
    }
  }
  return [...found];
}

/** The "for <address>" clause of a Received header (RFC 5321 §4.4). */
function receivedFor(value: string): string[] {
  const match = /\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?\s*(?:;|\(|$)/i.exec(value);
  return match ? [match[1]!] : [];
}

function addressesIn(value: string): string[] {
  return [...value.matchAll(/<?([^\s<>,;"]+@[^\s<>,;"]+)>?/g)].map((match) => match[1]!);
}
