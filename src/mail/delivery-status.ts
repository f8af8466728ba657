// Delivery status notifications (RFC 3464): read the message/delivery-status part of a bounce,
// and build a complete bounce message (a multipart/report, RFC 6522) for the demo company.
import { createHash, randomUUID } from 'node:crypto';
import { unfold } from './header-text.ts';

export interface DeliveryStatusRecipient {
  finalRecipient: string;
  /** Lower case: failed | delayed | delivered | relayed | expanded. */
  action: string;
  /** The RFC 3463 code, e.g. '5.2.2'. */
  status: string;
  /** Without its type prefix: '552 5.2.2 Mailbox full', not 'smtp; 552 5.2.2 Mailbox full'. */
  diagnosticCode?: string;
  remoteMta?: string;
}

export interface DeliveryStatus {
  reportingMta?: string;
  originalEnvelopeId?: string;
  arrivalDate?: string;
  recipients: DeliveryStatusRecipient[];
  /** Only found when the text also carries the original message's headers (inlined by a parser). */
  originalMessageId?: string;
  originalSubject?: string;
}

export interface DsnInput {
  reportingMta: string;
  /** e.g. 'Mail Delivery Subsystem <mailer-daemon@shopper.test>' */
  from: string;
  to: string;
  originalEnvelopeId?: string;
  recipient: string;
  /** e.g. '5.2.2' */
  status: string;
  /** e.g. 'smtp; 552 5.2.2 Mailbox full' ('smtp; ' is added when no type is given) */
  diagnostic: string;
  remoteMta?: string;
  /** The original message's header block; anything after its first blank line is dropped. */
  originalHeaders: string;
  arrivalDate: Date;
  /** When the notification is written; defaults to now. */
  date?: Date;
  /** With angle brackets; defaults to a random id at the reporting MTA. */
  messageId?: string;
}

/**
 * Parses the body of a message/delivery-status part: a per-message group, a blank line, then one
 * group per recipient. Lines that are not fields are skipped, so the text may also be a whole
 * report flattened by a parser. Never throws.
 */
export function parseDeliveryStatusFields(text: string): DeliveryStatus {
  const status: DeliveryStatus = { recipients: [] };
  if (typeof text !== 'string') return status;
  for (const group of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const fields = parseFields(group);
    if (fields.some(([name]) => name === 'final-recipient' || name === 'original-recipient')) {
      status.recipients.push(...readRecipients(fields));
    } else {
      readMessageFields(fields, status);
    }
  }
  return status;
}

/** True when any recipient failed for good: action `failed`, or a 5.x.x status. */
export function isPermanentFailure(status: DeliveryStatus): boolean {
  return status.recipients.some(isFailedRecipient);
}

export function isFailedRecipient(recipient: DeliveryStatusRecipient): boolean {
  return recipient.action.toLowerCase() === 'failed' || recipient.status.startsWith('5.');
}

/** A complete RFC 5322 bounce message with CRLF line endings. Header values are expected to be ASCII. */
export function buildDeliveryStatusNotification(input: DsnInput): string {
  const diagnostic = /^[A-Za-z][\w.+-]*\s*;/.test(input.diagnostic) ? input.diagnostic : `smtp; ${input.diagnostic}`;
  const parts = [
    part(
      ['Content-Description: Notification', 'Content-Type: text/plain; charset=utf-8'],
      [
        `This is the mail system at ${oneLine(input.reportingMta)}.`,
        '',
        'Your message could not be delivered to the recipient below.',
        'The delivery report and the headers of your message are attached.',
        '',
        field(`<${oneLine(input.recipient)}>`, diagnostic),
      ],
    ),
    part(
      ['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
      [
        field('Reporting-MTA', `dns; ${input.reportingMta}`),
        ...(input.originalEnvelopeId === undefined ? [] : [field('Original-Envelope-Id', input.originalEnvelopeId)]),
        field('Arrival-Date', formatDate(input.arrivalDate)),
        '',
        field('Final-Recipient', `rfc822; ${input.recipient}`),
        field('Action', actionFor(input.status)),
        field('Status', input.status),
        ...(input.remoteMta === undefined ? [] : [field('Remote-MTA', `dns; ${input.remoteMta}`)]),
        field('Diagnostic-Code', diagnostic),
      ],
    ),
    part(
      ['Content-Description: Undelivered message headers', 'Content-Type: text/rfc822-headers'],
      headerBlock(input.originalHeaders),
    ),
  ];
  // Derived from the content, so the boundary cannot occur inside it and the output is reproducible.
  const boundary = `dsn-${createHash('sha256').update(parts.join('')).digest('hex').slice(0, 32)}`;
  const headers = [
    field('From', input.from),
    field('To', input.to),
    'Subject: Undelivered Mail Returned to Sender',
    field('Date', formatDate(input.date ?? new Date())),
    field('Message-ID', input.messageId ?? `<${randomUUID()}@${oneLine(input.reportingMta)}>`),
    'MIME-Version: 1.0',
    'Auto-Submitted: auto-replied',
    'Content-Type: multipart/report; report-type=delivery-status;',
    ` boundary="${boundary}"`,
  ];
  const body = parts.map((p) => `--${boundary}\r\n${p}`).join('');
  return `${headers.join('\r\n')}\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n${body}--${boundary}--\r\n`;
}

type Field = [name: string, value: string];

/** Unfolds a group and returns its `Name: value` lines, names in lower case, whitespace collapsed. */
function parseFields(group: string): Field[] {
  const fields: Field[] = [];
  for (const line of unfold(group).split('\n')) {
    const match = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      fields.push([match[1].toLowerCase(), match[2].replace(/\s+/g, ' ').trim()]);
    }
  }
  return fields;
}

interface RecipientDraft {
  final?: string;
  original?: string;
  action?: string;
  status?: string;
  diagnosticCode?: string;
  remoteMta?: string;
}

/** One group normally holds one recipient; a repeated recipient field starts the next (missing blank line). */
function readRecipients(fields: Field[]): DeliveryStatusRecipient[] {
  const drafts: RecipientDraft[] = [];
  let draft: RecipientDraft = {};
  for (const [name, value] of fields) {
    if ((name === 'final-recipient' && draft.final) || (name === 'original-recipient' && draft.original)) {
      drafts.push(draft);
      draft = {};
    }
    if (name === 'final-recipient') draft.final = address(value);
    else if (name === 'original-recipient') draft.original = address(value);
    else if (name === 'action') draft.action = (value.split(/[\s(;]/)[0] ?? '').toLowerCase();
    else if (name === 'status') draft.status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(value)?.[0] ?? value;
    else if (name === 'diagnostic-code') draft.diagnosticCode = withoutType(value);
    else if (name === 'remote-mta') draft.remoteMta = withoutType(value);
  }
  drafts.push(draft);
  return drafts.map(toRecipient);
}

function toRecipient(draft: RecipientDraft): DeliveryStatusRecipient {
  const recipient: DeliveryStatusRecipient = {
    finalRecipient: draft.final || draft.original || '',
    action: draft.action ?? '',
    status: draft.status ?? '',
  };
  if (draft.diagnosticCode) recipient.diagnosticCode = draft.diagnosticCode;
  if (draft.remoteMta) recipient.remoteMta = draft.remoteMta;
  return recipient;
}

function readMessageFields(fields: Field[], status: DeliveryStatus): void {
  for (const [name, value] of fields) {
    if (name === 'reporting-mta') status.reportingMta ??= withoutType(value);
    else if (name === 'original-envelope-id') status.originalEnvelopeId ??= value;
    else if (name === 'arrival-date') status.arrivalDate ??= value;
    else if (name === 'message-id') status.originalMessageId ??= value;
    else if (name === 'subject') status.originalSubject ??= value;
  }
}

/** 'rfc822; a@b' → 'a@b', 'dns; mx.example' → 'mx.example', 'smtp; 550 …' → '550 …'. */
function withoutType(value: string): string {
  return value.replace(/^[A-Za-z][\w.+-]*\s*;\s*/, '');
}

function address(value: string): string {
  return withoutType(value).replace(/^<(.*)>$/, '$1');
}

function actionFor(status: string): string {
  if (status.startsWith('2.')) return 'delivered';
  if (status.startsWith('4.')) return 'delayed';
  return 'failed';
}

function part(headers: string[], lines: string[]): string {
  const body = lines.join('\r\n');
  // 8bit only when needed: addresses and diagnostics may carry UTF-8 (RFC 6531/6533).
  const encoding = /[^\x00-\x7f]/.test(body) ? '8bit' : '7bit';
  return `${[...headers, `Content-Transfer-Encoding: ${encoding}`].join('\r\n')}\r\n\r\n${body}\r\n\r\n`;
}

function headerBlock(headers: string): string[] {
  const lines = headers.replace(/\r\n?/g, '\n').replace(/^\n+/, '').split('\n');
  const end = lines.indexOf('');
  return end === -1 ? lines : lines.slice(0, end);
}

/** `Name: value` on one logical line, folded at spaces to keep physical lines near 78 characters. */
function field(name: string, value: string): string {
  const words = oneLine(value).split(' ');
  let line = `${name}:`;
  let wordsOnLine = 0;
  const lines: string[] = [];
  for (const word of words) {
    if (wordsOnLine > 0 && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = '';
      wordsOnLine = 0;
    }
    line += ` ${word}`;
    wordsOnLine++;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** Line breaks in a value would end the header (or inject new ones). */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC, e.g. 'Mon, 01 Jan 2024 09:05:00 +0000'. */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date in delivery status notification');
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}
