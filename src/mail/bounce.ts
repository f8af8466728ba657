// Recognises a bounce in a message parsed by mailparser: a standard RFC 3464 report first, then the
// common mailer-daemon notices that carry no machine-readable report.
//
// How mailparser 3.9.31 exposes a multipart/report (found by experiment):
// - message/delivery-status is appended to `text` (and `html`) by default; it is an attachment only
//   with the option keepDeliveryStatus or when the part says Content-Disposition: attachment.
// - text/rfc822-headers and message/rfc822 are attachments, unless marked inline: then an inline
//   message/rfc822 is rendered into `text` as From/Subject/To and body, without its Message-ID.
import type { AddressObject, ParsedMail } from 'mailparser';
import {
  isFailedRecipient,
  parseDeliveryStatusFields,
  type DeliveryStatusRecipient,
} from './delivery-status.ts';
import { unfold } from './header-text.ts';

export interface Bounce {
  /** The recipients that failed; empty when a heuristic bounce names none we can find. */
  recipients: DeliveryStatusRecipient[];
  originalMessageId?: string;
  originalEnvelopeId?: string;
  /** true: RFC 3464 report; false: recognised heuristically. */
  standard: boolean;
}

/** A Bounce when the message reports a failed delivery; undefined for ordinary mail and for delay or success reports. */
export function detectBounce(mail: ParsedMail): Bounce | undefined {
  const report = deliveryReportText(mail);
  const status = report === undefined ? undefined : parseDeliveryStatusFields(report);
  if (status !== undefined && status.recipients.length > 0) {
    const failed = status.recipients.filter(isFailedRecipient);
    if (failed.length === 0) return undefined;
    const bounce = withOriginalIds({ recipients: failed, standard: true }, mail);
    if (status.originalEnvelopeId !== undefined) bounce.originalEnvelopeId = status.originalEnvelopeId;
    return bounce;
  }
  if (!isFromMailSystem(mail.from) || !BOUNCE_SUBJECT.test(mail.subject ?? '')) return undefined;
  return withOriginalIds({ recipients: guessRecipients(mail), standard: false }, mail);
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['text/rfc822-headers', 'message/rfc822', 'message/global', 'message/global-headers']);
// Exchange on-premises sends its notices from a MicrosoftExchange<32 hex digits> system mailbox.
const MAIL_SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|microsoftexchange[0-9a-f]{32})$/i;
const BOUNCE_SUBJECT =
  /undeliver(?:able|ed)|delivery status notification \(fail|mail delivery failed|returned mail|delivery failure|failure notice/i;
const ADDRESS = /[^\s<>()[\]"',;:@]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Postfix and qmail list each failed recipient as '<address>:' at the start of a line.
const ANGLE_RECIPIENT_LINE = /^[ \t]*<([^<>\s]+@[^<>\s]+)>:/gm;
// Phrases that introduce the failed recipient in Exchange, Gmail and Exim notices.
const RECIPIENT_CUE =
  /delivered to|message to|failed to these recipients or groups:|following recipients?[^:\n]*:|following address(?:\(es\)|es)?[^:\n]*:/gi;
const SMTP_REPLY = /\b[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b[^\n]*/;
const ENHANCED_STATUS = /\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** The message/delivery-status text: an attachment, or the flattened text of a delivery report. */
function deliveryReportText(mail: ParsedMail): string | undefined {
  const attachment = (mail.attachments ?? []).find((a) => REPORT_TYPES.has(a.contentType));
  if (attachment !== undefined) return contentText(attachment.content);
  const contentType = mail.headers?.get('content-type');
  const isReport =
    typeof contentType === 'object' &&
    'params' in contentType &&
    contentType.value.toLowerCase() === 'multipart/report' &&
    contentType.params['report-type']?.toLowerCase() === 'delivery-status';
  return isReport ? (mail.text ?? '') : undefined;
}

function withOriginalIds(bounce: Bounce, mail: ParsedMail): Bounce {
  const original = (mail.attachments ?? []).find((a) => ORIGINAL_TYPES.has(a.contentType));
  const messageId = messageIdIn(original === undefined ? '' : contentText(original.content)) ?? messageIdIn(mail.text ?? '');
  if (messageId !== undefined) bounce.originalMessageId = messageId;
  return bounce;
}

/** The first 'Message-ID: <…>' line; in a header block or message that is the header itself. */
function messageIdIn(text: string): string | undefined {
  return /^[ \t]*message-id[ \t]*:[ \t]*(<[^<>\s]+>)/im.exec(unfold(text.replace(/\r\n?/g, '\n')))?.[1];
}

function isFromMailSystem(from: AddressObject | undefined): boolean {
  return (from?.value ?? []).some((a) => MAIL_SYSTEM_SENDER.test((a.address ?? '').split('@')[0] ?? ''));
}

function guessRecipients(mail: ParsedMail): DeliveryStatusRecipient[] {
  const text = mail.text ?? '';
  // A report nested somewhere mailparser flattened into the text still beats guessing.
  const reported = parseDeliveryStatusFields(text).recipients.filter(isFailedRecipient);
  if (reported.length > 0) return reported;
  const reply = SMTP_REPLY.exec(text);
  const status = reply?.[1] ?? ENHANCED_STATUS.exec(text)?.[0] ?? '5.0.0'; // the subject already says it failed
  return recipientAddresses(text, mail).map((address) => {
    const recipient: DeliveryStatusRecipient = { finalRecipient: address, action: 'failed', status };
    if (reply !== null) recipient.diagnosticCode = reply[0].replace(/['"]?\s*$/, ''); // Exchange quotes the reply
    return recipient;
  });
}

/** Failed addresses named by the notice, best evidence first. */
function recipientAddresses(text: string, mail: ParsedMail): string[] {
  const listed = [...text.matchAll(ANGLE_RECIPIENT_LINE)].map((m) => m[1] ?? '');
  if (listed.length > 0) return [...new Set(listed)];
  // Elsewhere, skip the notice's own sender and recipient (quoted in the text) and mail-system addresses.
  const own = new Set(
    [mail.from, ...(Array.isArray(mail.to) ? mail.to : [mail.to])]
      .flatMap((o) => o?.value ?? [])
      .map((a) => (a.address ?? '').toLowerCase()),
  );
  const isCandidate = (address: string) =>
    !own.has(address.toLowerCase()) && !MAIL_SYSTEM_SENDER.test(address.split('@')[0] ?? '');
  for (const cue of text.matchAll(RECIPIENT_CUE)) {
    const start = (cue.index ?? 0) + cue[0].length;
    const cued = text.slice(start, start + 200).match(ADDRESS)?.find(isCandidate);
    if (cued !== undefined) return [cued];
  }
  const other = text.match(ADDRESS)?.find(isCandidate);
  return other === undefined ? [] : [other];
}

function contentText(content: unknown): string {
  return Buffer.isBuffer(content) ? content.toString('utf8') : typeof content === 'string' ? content : '';
}
