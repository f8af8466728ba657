import nodemailer from 'nodemailer';
import { buildDeliveryStatusNotification } from '../../mail/delivery-status.ts';
import type { MessageStore } from './message-store.ts';

export type MailRoutes = Record<string, { host: string; port: number }>;

interface OnwardDelivery {
  store: MessageStore;
  routes: MailRoutes;
  hostname: string;
  envelopeFrom: string;
  /** The sender's DSN envelope id (RFC 3461), quoted back in a bounce. */
  envelopeId?: string;
  remote: string[];
  source: Buffer;
  arrival: Date;
}

/**
 * Delivers a persona's message to each remote recipient's server. A refusal becomes an RFC 3464
 * delivery status notification in the persona's mailbox: that is how the customer learns of it.
 */
export async function deliverOnward(delivery: OnwardDelivery): Promise<void> {
  for (const recipient of delivery.remote) {
    const domain = recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase();
    const route = delivery.routes[domain]!;
    const transport = nodemailer.createTransport({ host: route.host, port: route.port, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ envelope: { from: delivery.envelopeFrom, to: [recipient] }, raw: delivery.source });
    } catch (error) {
      await bounce(delivery, recipient, `${route.host}:${route.port}`, error as SmtpFailure);
    } finally {
      transport.close();
    }
  }
}

interface SmtpFailure extends Error {
  responseCode?: number;
  response?: string;
}

async function bounce(delivery: OnwardDelivery, recipient: string, remoteMta: string, failure: SmtpFailure) {
  if (!delivery.envelopeFrom) return; // never bounce a bounce (null return path)
  const permanent = (failure.responseCode ?? 0) >= 500;
  const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(failure.response ?? '')?.[1];
  const status = enhanced ?? (permanent ? '5.0.0' : '4.4.1');
  const diagnostic = failure.response ? `smtp; ${failure.response}` : `x-unix; ${failure.message}`;
  const senderDomain = delivery.envelopeFrom.slice(delivery.envelopeFrom.lastIndexOf('@') + 1);
  const notification = buildDeliveryStatusNotification({
    reportingMta: delivery.hostname,
    from: `Mail Delivery System <mailer-daemon@${senderDomain}>`,
    to: delivery.envelopeFrom,
    ...(delivery.envelopeId ? { originalEnvelopeId: delivery.envelopeId } : {}),
    recipient,
    status,
    diagnostic,
    remoteMta,
    originalHeaders: headerBlock(delivery.source),
    arrivalDate: delivery.arrival,
  });
  await delivery.store.save(Buffer.from(notification), {
    receivedAt: new Date().toISOString(),
    envelopeFrom: '',
    recipients: [delivery.envelopeFrom],
  });
}

function headerBlock(source: Buffer): string {
  const text = source.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}
