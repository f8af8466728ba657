import nodemailer from 'nodemailer';
import { isLoopback } from '../config/loopback.ts';
import type { EmailAlertChannel } from '../config/alert-schema.ts';
import type { Alert } from './alert.ts';
import { alertFacts, alertHeadline, alertSentence, isWebLink } from './alert-text.ts';

/** Sends one alert as an email over SMTP: "[mystery-shopper] Broken: <journey>", text and html. */
export async function sendEmailAlert(alert: Alert, channel: EmailAlertChannel, reportLink: string, timeoutMs: number): Promise<void> {
  const { smtp } = channel;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // The login and the alert cross the network encrypted; only a lab's loopback server may do without.
    requireTLS: !smtp.secure && !isLoopback(`http://${smtp.host}`),
    ...(smtp.user && smtp.password ? { auth: { user: smtp.user, pass: smtp.password.reveal() } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({ from: channel.from, to: channel.to, ...emailAlert(alert, reportLink) });
  } finally {
    transport.close();
  }
}

/** The message itself: subject, plain text and the same as simple HTML. */
export function emailAlert(alert: Alert, reportLink: string): { subject: string; text: string; html: string } {
  const sentence = alertSentence(alert);
  const facts = alertFacts(alert, reportLink);
  const text = [sentence, '', ...facts.map(([label, value]) => `${label}: ${value}`), '', 'Sent by mystery-shopper when a journey changes state.'].join('\n');
  const rows = facts.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${htmlValue(value)}</td></tr>`).join('');
  const html = `<p>${escapeHtml(sentence)}</p><table>${rows}</table><p><small>Sent by mystery-shopper when a journey changes state.</small></p>`;
  return { subject: `[mystery-shopper] ${alertHeadline(alert)}`, text, html };
}

function htmlValue(value: string): string {
  return isWebLink(value) ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
