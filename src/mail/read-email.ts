import { simpleParser, type AddressObject } from 'mailparser';
import type { ReceivedEmail } from '../channels/mailbox/mailbox.ts';

export interface EmailArrival {
  id: string;
  receivedAt: Date;
  envelope: { from: string; to: string[] };
}

/** Parses an RFC 5322 message into a ReceivedEmail. A malformed message still yields one. */
export async function readEmail(source: Buffer, arrival: EmailArrival): Promise<ReceivedEmail> {
  const parsed = await simpleParser(source, { skipImageLinks: true });
  return {
    ...arrival,
    from: addresses(parsed.from)[0] ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    messageId: parsed.messageId,
    headers: rawHeaders(parsed.headerLines),
    text: parsed.text,
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    source: source.toString('utf8'),
  };
}

/** Header values as written, unfolded, keyed by lower-case name (mailparser decodes some). */
function rawHeaders(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers.set(key, [...(headers.get(key) ?? []), value]);
  }
  return headers;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}
