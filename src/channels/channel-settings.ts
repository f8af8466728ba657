import { ConfigError } from '../config/config-error.ts';
import { booleanEnv, optionalEnv, requireEnv } from '../config/env.ts';
import type { ImapSettings } from './email/imap-mailbox.ts';
import type { MailosaurSettings } from './email/mailosaur-search.ts';

/** Which mailbox the shopper reads, chosen in .env with MYSTERY_SHOPPER_MAILBOX. */
export type MailboxSettings =
  | { kind: 'local' }
  | { kind: 'imap'; imap: ImapSettings }
  | { kind: 'mailosaur'; mailosaur: MailosaurSettings; phoneNumber?: string };

/** How the persona sends email: its provider's SMTP submission server. */
export interface SubmissionSettings {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

const MAILBOX_KINDS = ['local', 'imap', 'mailosaur'] as const;

export function readMailboxSettings(): MailboxSettings {
  const kind = optionalEnv('MYSTERY_SHOPPER_MAILBOX') ?? 'local';
  switch (kind) {
    case 'local':
      return { kind };
    case 'imap':
      return { kind, imap: readImapSettings() };
    case 'mailosaur': {
      const serverId = requireEnv('MAILOSAUR_SERVER_ID');
      if (!/^[a-z0-9]{8}$/i.test(serverId)) throw new ConfigError(`MAILOSAUR_SERVER_ID must be the 8-character server id, got "${serverId}"`);
      const phoneNumber = optionalEnv('MAILOSAUR_PHONE_NUMBER');
      return {
        kind,
        mailosaur: { apiKey: requireEnv('MAILOSAUR_API_KEY'), serverId, baseUrl: optionalEnv('MAILOSAUR_BASE_URL'), smtpDomain: optionalEnv('MAILOSAUR_SMTP_DOMAIN') },
        ...(phoneNumber ? { phoneNumber } : {}),
      };
    }
    default:
      throw new ConfigError(`MYSTERY_SHOPPER_MAILBOX must be one of ${MAILBOX_KINDS.join(', ')}, got "${kind}"`);
  }
}

/** Reads every channel variable the run will need, so that a missing one is named before anything starts. */
export function checkChannelSettings(): void {
  if (readMailboxSettings().kind !== 'local') readSubmissionSettings();
}

/** The persona's SMTP account (SMTP_*), needed whenever the mailbox is a real one. */
export function readSubmissionSettings(): SubmissionSettings {
  const port = numberVariable('SMTP_PORT', 587);
  const user = optionalEnv('SMTP_USER');
  return {
    host: requireEnv('SMTP_HOST'),
    port,
    secure: booleanEnv('SMTP_SECURE', port === 465),
    ...(user ? { auth: { user, pass: requireEnv('SMTP_PASSWORD') } } : {}),
  };
}

function readImapSettings(): ImapSettings {
  const user = requireEnv('IMAP_USER');
  const password = optionalEnv('IMAP_PASSWORD');
  const accessToken = optionalEnv('IMAP_ACCESS_TOKEN');
  if (!password && !accessToken) throw new ConfigError('Missing environment variable IMAP_PASSWORD (or IMAP_ACCESS_TOKEN for OAuth2): set one in .env (see .env.example)');
  const address = optionalEnv('IMAP_ADDRESS') ?? user;
  if (!address.includes('@')) throw new ConfigError(`IMAP_ADDRESS must be the mailbox's email address (IMAP_USER "${user}" is not one)`);
  const port = numberVariable('IMAP_PORT', 993);
  return { host: requireEnv('IMAP_HOST'), port, secure: booleanEnv('IMAP_SECURE', port === 993), user, password, accessToken, address };
}

function numberVariable(name: string, fallback: number): number {
  const text = optionalEnv(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0 || value > 65_535) throw new ConfigError(`${name} must be a port number, got "${text}"`);
  return value;
}

