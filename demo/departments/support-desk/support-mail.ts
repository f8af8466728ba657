import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from '../../html.ts';
import { MAIL_DOMAIN, SHOP_NAME, SUPPORT_ADDRESS } from '../../shop-identity.ts';
import type { SupportCase } from './support-case.ts';

const DESK = `${SHOP_NAME} Customer Service`;
const AGENTS = ['Alex Morgan', 'Priya Natarajan', 'Tom Becker'];

/**
 * The automatic acknowledgement (RFC 3834): "auto-replied" to an email, threaded under it;
 * "auto-generated" for a contact form, which is no message to reply to. Sent with a null return
 * path, so that nothing ever answers it back.
 */
export function composeAcknowledgement(supportCase: SupportCase): SendMailOptions {
  const byEmail = supportCase.channel === 'email';
  const lines = [
    `Hello ${supportCase.name},`,
    '',
    `Thank you for contacting ${SHOP_NAME}. This is an automatic confirmation that we have received your message "${supportCase.subject}".`,
    '',
    `Your case number is ${supportCase.number}. Someone from our customer service team will answer you within one working day.`,
    'Please keep the case number in the subject if you write to us about this again.',
    '',
    DESK,
  ];
  return {
    from: { name: DESK, address: SUPPORT_ADDRESS },
    to: supportCase.email,
    envelope: { from: '', to: [supportCase.email] },
    subject: `[Case ${supportCase.number}] We have received your message: ${supportCase.subject}`,
    messageId: newMessageId(),
    ...(byEmail ? threadUnder(supportCase.messageId, supportCase.references) : {}),
    headers: { 'Auto-Submitted': byEmail ? 'auto-replied' : 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    text: lines.join('\n'),
    html: htmlOf(lines),
  };
}

/** A person's answer: a normal reply in the thread of the enquiry and its acknowledgement, signed. */
export function composeAnswer(supportCase: SupportCase, webUrl: string): SendMailOptions {
  const agent = AGENTS[Number(supportCase.number.replace(/\D/g, '')) % AGENTS.length]!;
  const lines = [
    `Hello ${supportCase.name},`,
    '',
    `Thank you for your message "${supportCase.subject}", and for your patience.`,
    answerFor(supportCase.message, webUrl),
    '',
    'If anything is still unclear, just reply to this email.',
    '',
    'Kind regards,',
    agent,
    `${DESK} — case ${supportCase.number}`,
  ];
  const thread = [supportCase.messageId, supportCase.acknowledgementId].filter((id): id is string => id !== undefined);
  return {
    from: { name: `${agent}, ${DESK}`, address: SUPPORT_ADDRESS },
    to: supportCase.email,
    subject: `Re: [Case ${supportCase.number}] ${supportCase.subject}`,
    messageId: newMessageId(),
    ...threadUnder(thread[0], [...(supportCase.references ?? []), ...thread]),
    text: lines.join('\n'),
    html: htmlOf(lines),
  };
}

function answerFor(question: string, webUrl: string): string {
  if (/order|parcel|deliver|arriv/i.test(question)) {
    return `I have checked your order: it left our warehouse yesterday and is with the courier. You should have it within two working days; you can follow it at ${webUrl}/track.`;
  }
  if (/refund|return|money back/i.test(question)) {
    return 'I have started your refund. It will reach your card within five working days; you will get a confirmation by email.';
  }
  return 'I have looked into your question and passed the details to the right team; everything is in order on our side.';
}

function threadUnder(parentId: string | undefined, references: readonly string[] = []): Pick<SendMailOptions, 'inReplyTo' | 'references'> {
  if (parentId === undefined) return {};
  return { inReplyTo: parentId, references: [...new Set([...references, parentId])] };
}

function newMessageId(): string {
  return `<${randomUUID()}@${MAIL_DOMAIN}>`;
}

function htmlOf(lines: readonly string[]): string {
  const paragraphs = lines.join('\n').split('\n\n').map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(DESK)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
${paragraphs.join('\n')}
</body>
</html>`;
}
