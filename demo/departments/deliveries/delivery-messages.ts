import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from '../../html.ts';
import { MAIL_DOMAIN, SHOP_NAME, SMS_SENDER } from '../../shop-identity.ts';
import { formatDay, formatTime, PICK_UP_HOURS, PICK_UP_POINT } from './delivery-plan.ts';
import type { Parcel } from './parcels.ts';

const DELIVERIES_SENDER = `${SHOP_NAME} Deliveries <deliveries@${MAIL_DOMAIN}>`;

/** Sent when the order is placed: what was ordered, where it goes, and the tracking link. */
export function orderConfirmationMail(parcel: Parcel, webUrl: string): SendMailOptions {
  const trackingUrl = trackingUrlOf(parcel, webUrl);
  const destination =
    parcel.delivery === 'home' ? `to your home, ${parcel.recipient.address}` : `to ${PICK_UP_POINT}, for you to collect`;
  return mail(parcel, `Your order ${parcel.id}: ${parcel.product.name}`, [
    `Hello ${parcel.recipient.name},`,
    '',
    `Thank you for your order ${parcel.id}: ${parcel.product.name}, delivered ${destination}.`,
    'We will tell you before the courier comes.',
    '',
    `Follow your parcel: ${trackingUrl}`,
  ]);
}

/** Sent the day before: when the courier comes, and where the parcel can be collected instead. */
export function advanceNoticeMail(parcel: Parcel, webUrl: string): SendMailOptions {
  const trackingUrl = trackingUrlOf(parcel, webUrl);
  if (parcel.delivery === 'pick-up') {
    return mail(parcel, `Your parcel ${parcel.id} is ready to collect from ${formatDay(parcel.slot.day)}`, [
      `Hello ${parcel.recipient.name},`,
      '',
      `Your parcel ${parcel.id} (${parcel.product.name}) is ready to collect from ${formatDay(parcel.slot.day)} at ${PICK_UP_POINT},`,
      `open ${formatTime(PICK_UP_HOURS.from)}–${formatTime(PICK_UP_HOURS.to)}.`,
      '',
      `Follow your parcel: ${trackingUrl}`,
    ]);
  }
  const when = `${formatDay(parcel.slot.day)} between ${formatTime(parcel.slot.fromHour)} and ${formatTime(parcel.slot.toHour)}`;
  return mail(parcel, `Your parcel arrives on ${when}`, [
    `Hello ${parcel.recipient.name},`,
    '',
    `Your parcel ${parcel.id} (${parcel.product.name}) arrives on ${when}, at ${parcel.recipient.address}.`,
    '',
    `Not at home then? Collect it from ${PICK_UP_POINT} instead: choose this on ${trackingUrl}`,
  ]);
}

/** The advance notice as a text, for customers who gave a mobile number. */
export function advanceNoticeText(parcel: Parcel, mobile: string, webUrl: string): { from: string; to: string; body: string } {
  const trackingUrl = trackingUrlOf(parcel, webUrl);
  const body =
    parcel.delivery === 'pick-up'
      ? `${SMS_SENDER}: your parcel ${parcel.id} is ready to collect from ${formatDay(parcel.slot.day)} at ${PICK_UP_POINT}. ${trackingUrl}`
      : `${SMS_SENDER}: your parcel ${parcel.id} arrives ${formatDay(parcel.slot.day)}, ${formatTime(parcel.slot.fromHour)}–${formatTime(parcel.slot.toHour)}. ` +
        `Not at home? Collect it from ${PICK_UP_POINT} instead: ${trackingUrl}`;
  return { from: SMS_SENDER, to: mobile, body };
}

function trackingUrlOf(parcel: Parcel, webUrl: string): string {
  return `${webUrl}/track/${parcel.id}`;
}

function mail(parcel: Parcel, subject: string, lines: string[]): SendMailOptions {
  return {
    from: DELIVERIES_SENDER,
    to: parcel.recipient.email,
    subject,
    messageId: `<${randomUUID()}@${MAIL_DOMAIN}>`,
    text: lines.join('\n'),
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
  <h1 style="color: #1d6b52;">${escapeHtml(SHOP_NAME)}</h1>
${lines
  .filter((line) => line !== '')
  .map((line) => `  <p>${linkify(escapeHtml(line))}</p>`)
  .join('\n')}
</body>
</html>`,
  };
}

function linkify(html: string): string {
  return html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
