import path from 'node:path';
import { optionalEnv } from '../config/env.ts';
import { reportsDir } from '../runtime/paths.ts';
import { maskKnownSecrets } from '../secrets/known-secrets.ts';
import type { Alert } from './alert.ts';
import { sendEmailAlert } from './email-alert.ts';
import { postJson, ReceiverRefused } from './post-json.ts';
import { slackMessage } from './slack-alert.ts';
import { teamsMessage } from './teams-alert.ts';
import { webhookMessage } from './webhook-alert.ts';

export interface SendOptions {
  /** Where the alert points readers: MYSTERY_SHOPPER_REPORT_URL, else the experience report's path on this machine. */
  reportLink?: string;
  /** How long one receiver may take (default 10 s). */
  timeoutMs?: number;
  /** One line per alert sent or not sent (default: standard output). */
  log?: (line: string) => void;
}

/**
 * Sends every alert, all at once. A receiver that fails, refuses or does not answer costs one log
 * line naming its channel (never its URL) and stops no other; the alerts not delivered are returned.
 */
export async function sendAlerts(alerts: readonly Alert[], options: SendOptions = {}): Promise<Alert[]> {
  const reportLink = options.reportLink ?? defaultReportLink();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const print = options.log ?? ((line: string) => console.log(line));
  const log = (line: string) => print(maskKnownSecrets(line));
  const outcomes = await Promise.all(
    alerts.map(async (alert) => {
      const about = `${alert.journey.id} ${alert.change}`;
      try {
        await deliver(alert, reportLink, timeoutMs);
        log(`Alert sent to ${alert.channel.name}: ${about}`);
        return undefined;
      } catch (error) {
        log(`Alert to ${alert.channel.name} (${alert.channel.kind}) not sent: ${about}: ${failureReason(error, timeoutMs)}`);
        return alert;
      }
    }),
  );
  return outcomes.filter((alert): alert is Alert => alert !== undefined);
}

/** The alert's texts come from a report masked at the end of the run (src/reports/mask-outgoing.ts). */
function deliver(alert: Alert, reportLink: string, timeoutMs: number): Promise<void> {
  const { channel } = alert;
  switch (channel.kind) {
    case 'slack':
      return postJson(channel.url, slackMessage(alert, reportLink), timeoutMs);
    case 'teams':
      return postJson(channel.url, teamsMessage(alert, reportLink), timeoutMs);
    case 'webhook':
      return postJson(channel.url, webhookMessage(alert, reportLink), timeoutMs);
    case 'email':
      return sendEmailAlert(alert, channel, reportLink, timeoutMs);
  }
}

function defaultReportLink(): string {
  return optionalEnv('MYSTERY_SHOPPER_REPORT_URL') ?? path.join(reportsDir(), 'experience', 'index.html');
}

const ERROR_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS)',
  EAUTH: 'the SMTP server refused the login',
  EENVELOPE: 'the SMTP server refused the sender or a recipient',
  EMESSAGE: 'the SMTP server refused the message',
  ETLS: 'TLS failed',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
};

/**
 * Why a receiver failed, from status and error codes only: error messages can quote the URL,
 * whose path is the webhook's secret, or what an SMTP server echoed.
 */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof ReceiverRefused) return error.message;
  const failure = (error ?? {}) as { name?: string; code?: string; originalCode?: string; responseCode?: number; cause?: { code?: string } };
  // fetch puts the socket's code in `cause`; nodemailer wraps it as ESOCKET and keeps it in `originalCode`.
  const code = failure.cause?.code ?? failure.originalCode ?? failure.code;
  if (failure.name === 'TimeoutError' || code === 'ETIMEDOUT') return `no answer within ${timeoutMs} ms`;
  const reason = code ? (ERROR_CODES[code] ?? `error ${code}`) : (failure.name ?? 'unknown error');
  return failure.responseCode ? `${reason} (SMTP ${failure.responseCode})` : reason;
}
