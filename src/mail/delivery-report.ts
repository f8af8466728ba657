import { firstHeader, type ReceivedEmail } from './received-email.ts';

/** A bounce, delay or delivery notice from a mail system (RFC 3464 report, or a mailer-daemon's notice). */
export function isDeliveryReport(email: ReceivedEmail): boolean {
  const contentType = firstHeader(email, 'content-type') ?? '';
  return /multipart\/report/i.test(contentType) || /^(mailer-daemon|postmaster)@/i.test(email.envelope.from || email.from);
}
