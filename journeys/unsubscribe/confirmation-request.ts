import type { Page } from '@playwright/test';
import { firstHeader, type ReceivedEmail } from '../../src/mail/received-email.ts';
import type { SmtpMailSender } from '../../src/channels/email/smtp-mail-sender.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { referencedIds } from '../../src/mail/auto-reply.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import { marketingSignal } from '../../src/mail/marketing-email.ts';
import { parseListUnsubscribe } from '../../src/mail/list-unsubscribe.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { anyOf } from '../../src/text/word-list.ts';
import { unsubscribeWords } from './unsubscribe-words.ts';

interface Parts {
  page: Page;
  mailSender: SmtpMailSender;
  notebook: Notebook;
  target: AuditTarget;
  origins: OriginPolicy;
  shopper: { name: string; email: string };
}

/** "Please confirm", in the languages of the journey's vocabulary. */
const CONFIRM = anyOf(['confirm', 'verify', 'verif', 'activate', 'bestätig', 'confirmer', 'confirmez', 'confirmar', 'bekräfta', 'vahvist', 'aktivoi', 'bevestig', 'conferma']);

/**
 * A mail that asks the customer to confirm a request first (double opt-in, "reply to confirm your
 * unsubscribe"): it says confirm in its subject or opening lines and offers a way to do it, a
 * confirmation link or a Reply-To address. A notice that merely confirms ("you are unsubscribed")
 * offers neither, and is left alone.
 */
export function isConfirmationRequest(email: ReceivedEmail, target: AuditTarget): boolean {
  if (isDeliveryReport(email) || marketingSignal(email, target.mail) !== undefined) return false;
  if (!CONFIRM.test(email.subject) && !CONFIRM.test((email.text ?? '').slice(0, 1_500))) return false;
  return confirmationLink(email, target) !== undefined || firstHeader(email, 'reply-to') !== undefined;
}

/**
 * Confirms as a customer does: follows the confirmation link in the mail (never its unsubscribe
 * link), or, where there is none, replies to it. Records what it did; returns it in words.
 */
export async function confirmByMail(email: ReceivedEmail, what: string, parts: Parts): Promise<string> {
  const { notebook } = parts;
  const link = confirmationLink(email, parts.target);
  const done = link ? await followLink(link, parts) : await reply(email, parts);
  await notebook.evidence(`${what} needed confirming`, `"${email.subject}" from ${email.from} asked me to confirm ${what}; I ${done}.`, 'text/plain');
  return done;
}

async function followLink(link: string, { page, notebook, origins }: Parts): Promise<string> {
  origins.require(link, 'confirm by the link in the email');
  const response = await page.goto(link);
  await notebook.evidence('the confirmation page', await page.screenshot({ fullPage: true }), 'image/png');
  if (response && response.status() >= 400) throw new Error(`The confirmation link ${link} answered ${response.status()}`);
  return `followed its link ${link}`;
}

async function reply(email: ReceivedEmail, { mailSender, shopper }: Parts): Promise<string> {
  const to = firstHeader(email, 'reply-to') ?? email.from;
  const subject = /^re:/i.test(email.subject) ? email.subject : `Re: ${email.subject}`;
  await mailSender.send({
    from: `${shopper.name} <${shopper.email}>`,
    to,
    subject,
    text: 'Yes, I confirm.',
    ...(email.messageId ? { inReplyTo: email.messageId, references: [...referencedIds(email), email.messageId] } : {}),
  });
  return `replied to ${to}`;
}

/** The link that confirms: not an unsubscribe link, preferring one that says confirm. */
function confirmationLink(email: ReceivedEmail, target: AuditTarget): string | undefined {
  const words = unsubscribeWords(target.wording);
  const listed = new Set(parseListUnsubscribe(firstHeader(email, 'list-unsubscribe')).web.map((entry) => entry.uri));
  const links = linksIn(email).filter((link) => !listed.has(link.href) && !words.link.test(link.text) && !words.path.test(pathOf(link.href)));
  return (links.find((link) => CONFIRM.test(link.text) || CONFIRM.test(link.href)) ?? (links.length === 1 ? links[0] : undefined))?.href;
}

/** Links of the HTML body with their text, or the bare addresses of the plain text. */
function linksIn(email: ReceivedEmail): Array<{ href: string; text: string }> {
  const anchors = [...(email.html ?? '').matchAll(/<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi)].map((match) => ({
    href: match[1]!.replace(/&amp;/g, '&'),
    text: match[2]!.replace(/<[^>]+>/g, '').trim(),
  }));
  const found = anchors.length > 0 ? anchors : [...(email.text ?? '').matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((match) => ({ href: match[0].replace(/[.,;:!?]+$/, ''), text: '' }));
  return found.filter((link) => /^https?:/i.test(link.href));
}

function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return href;
  }
}
