import { simpleParser, type AddressObject } from 'mailparser';
import type { ReceivedEmail } from './received-email.ts';
import { deliveredToAddresses } from './delivered-to.ts';

export interface EmailArrival {
  id: string;
  receivedAt: Date;
  envelope: { from: string; to: string[] };
}

/**
 * Parses an RFC 5322 message into a ReceivedEmail. A malformed message still yields one.
 * `envelopeFromHeaders`: the mailbox keeps no envelope (IMAP), so it is read from the headers
 * the receiving systems wrote (Return-Path, Delivered-To and the like).
 */
export async function readEmail(source: Buffer, arrival: EmailArrival, options: { envelopeFromHeaders?: boolean } = {}): Promise<ReceivedEmail> {
  const parsed = await simpleParser(source, { skipImageLinks: true });
  const headers = rawHeaders(parsed.headerLines);
  return {
    ...arrival,
    envelope: options.envelopeFromHeaders ? envelopeFromHeaders(headers) : arrival.envelope,
    from: addresses(parsed.from)[0] ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    messageId: parsed.messageId,
    headers,
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

function envelopeFromHeaders(headers: ReceivedEmail['headers']): EmailArrival['envelope'] {
  const returnPath = headers.get('return-path')?.[0] ?? '';
  return { from: /<([^<>]*)>/.exec(returnPath)?.[1] ?? returnPath.trim(), to: deliveredToAddresses(headers) };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}
