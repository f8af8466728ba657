import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from '../../html.ts';
import { MAIL_DOMAIN, SHOP_NAME } from '../../shop-identity.ts';
import { formatDay } from './calendar.ts';
import type { Membership } from './membership.ts';

export const PLAN = `${SHOP_NAME} Plus`;
export const TERM_FEE = '€89.00';
const MEMBERS_ADDRESS = `members@${MAIL_DOMAIN}`;

/** Support's written confirmation of what it promised in the chat. */
export function composeExtensionConfirmation(email: string, renewsOn: Date, extension: string, agent: string, webUrl: string): SendMailOptions {
  const lines = [
    'Hello,',
    '',
    `As promised in our chat, we have extended your ${PLAN} membership by ${extension}; it now renews on ${formatDay(renewsOn)}.`,
    `You can see your membership at any time in your account: ${webUrl}/account`,
    '',
    'Kind regards,',
    agent,
    `${PLAN} membership support`,
  ];
  return letter({ name: `${agent}, ${PLAN} membership support`, to: email, subject: `Your ${PLAN} membership has been extended`, lines });
}

/** The notice a month before renewal, with the date the records hold. */
export function composeRenewalNotice(membership: Membership, webUrl: string): SendMailOptions {
  const renewsOn = formatDay(membership.renewsOn);
  const lines = [
    'Hello,',
    '',
    `Your ${PLAN} membership renews on ${renewsOn}. We will charge the fee for the next two years, ${TERM_FEE}, to your card on that day.`,
    `Nothing to do if you want to stay a member. To make changes, visit your account: ${webUrl}/account`,
    '',
    `${PLAN} membership team`,
  ];
  return letter({ name: PLAN, to: membership.email, subject: `Your ${PLAN} membership renews on ${renewsOn}`, lines });
}

function letter(parts: { name: string; to: string; subject: string; lines: string[] }): SendMailOptions {
  const paragraphs = parts.lines.join('\n').split('\n\n').map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`);
  return {
    from: { name: parts.name, address: MEMBERS_ADDRESS },
    to: parts.to,
    subject: parts.subject,
    messageId: `<${randomUUID()}@${MAIL_DOMAIN}>`,
    text: parts.lines.join('\n'),
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
<h1 style="color: #1d6b52;">${escapeHtml(PLAN)}</h1>
${paragraphs.join('\n')}
</body>
</html>`,
  };
}
