import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { Customer } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import type { Offer } from '../marketing-offers.ts';
import { MAIL_DOMAIN, NEWS_SENDER, SHOP_NAME, UNSUBSCRIBE_ADDRESS } from '../shop-identity.ts';

/**
 * The sequence-th marketing contact to a subscriber as an email (1 = the welcome offer), with the
 * unsubscribe headers of RFC 2369 and RFC 8058 and a visible unsubscribe link in the footer.
 */
export function composeMarketingMail(customer: Customer, webUrl: string, sequence: number, offer: Offer): SendMailOptions {
  const welcome = sequence === 1;
  const subject = welcome
    ? `Welcome to ${SHOP_NAME}: ${offer.headline}`
    : `This week at ${SHOP_NAME}: ${offer.headline} (#${sequence})`;
  const unsubscribeUrl = `${webUrl}/unsubscribe/${customer.unsubscribeToken}`;
  const unsubscribeMailto = `mailto:${UNSUBSCRIBE_ADDRESS}?subject=unsubscribe%20${customer.unsubscribeToken}`;
  return {
    from: NEWS_SENDER,
    to: customer.email,
    subject,
    messageId: `<${randomUUID()}@${MAIL_DOMAIN}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribeMailto}>, <${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Campaign-Id': `${offer.id}-${sequence}`,
    },
    text: [
      subject,
      '',
      offer.pitch,
      `Shop now: ${webUrl}/`,
      '',
      '--',
      `You receive this because ${customer.email} subscribed to ${SHOP_NAME} offers.`,
      `Unsubscribe: ${unsubscribeUrl}`,
    ].join('\n'),
    html: renderHtml(subject, offer, customer.email, webUrl, unsubscribeUrl),
  };
}

function renderHtml(subject: string, offer: Offer, email: string, webUrl: string, unsubscribeUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
  <h1 style="color: #1d6b52;">${escapeHtml(SHOP_NAME)}</h1>
  <h2>${escapeHtml(subject)}</h2>
  <p>${escapeHtml(offer.pitch)}</p>
  <p><a href="${escapeHtml(webUrl)}/"
     style="background: #1d6b52; color: #fff; padding: 8px 16px; text-decoration: none;">Shop now</a></p>
  <hr>
  <p style="font-size: 12px; color: #666;">
    You receive this because ${escapeHtml(email)} subscribed to ${escapeHtml(SHOP_NAME)} offers.
    <a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>
</body>
</html>`;
}
