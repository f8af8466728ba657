import path from 'node:path';
import { readMailboxSettings, readSubmissionSettings } from '../channels/channel-settings.ts';
import { LocalMailbox } from '../channels/email/local-mailbox.ts';
import type { Mailbox } from '../channels/email/mailbox.ts';
import { SmtpMailSender } from '../channels/email/smtp-mail-sender.ts';
import { LocalSmsInbox } from '../channels/sms/local-sms-inbox.ts';
import { CallLog } from '../channels/phone/call-log.ts';
import { readTwilioPhoneSettings } from '../channels/phone/phone-settings.ts';
import type { SmsInbox } from '../channels/sms/sms-inbox.ts';
import type { Persona } from '../config/schema.ts';
import type { RunEnvironment } from './run-environment.ts';

/** Where the shopper's mail, texts and calls arrive: what a check due later reads. */
export interface ShopperInboxes {
  mailbox: Mailbox;
  sms: SmsInbox;
  calls: CallLog;
  close(): Promise<void>;
}

/** The shopper's own channels for a run: where mail and texts arrive, and how mail goes out. */
export interface ShopperChannels extends ShopperInboxes {
  mailSender: SmtpMailSender;
}

/**
 * Opens the channels .env chooses: the local mailbox and phone network (default), a real IMAP
 * mailbox, or Mailosaur. Rejected credentials throw a ConfigError naming the variables; an
 * unreachable service throws MailboxUnavailable.
 */
export async function openShopperChannels(run: RunEnvironment, persona: Persona): Promise<ShopperChannels> {
  const inboxes = await openShopperInboxes(run.dataDir, persona);
  const mailSender = readMailboxSettings().kind === 'local' ? new SmtpMailSender(run.mailbox.smtp) : new SmtpMailSender(readSubmissionSettings());
  return { ...inboxes, mailSender };
}

/**
 * The inboxes alone, as .env chooses them; the local ones are the folders the local mail server
 * and phone network keep in the data folder, readable without them running.
 */
export async function openShopperInboxes(dataDir: string, persona: Persona): Promise<ShopperInboxes> {
  const settings = readMailboxSettings();
  const localSms = new LocalSmsInbox(localSmsDir(dataDir), persona.phone);
  // Calls come through the local phone network, or a real number's webhook, into one folder.
  const calls = new CallLog(localCallsDir(dataDir), readTwilioPhoneSettings()?.phoneNumber);
  switch (settings.kind) {
    case 'local':
      return { mailbox: new LocalMailbox(localMailboxDir(dataDir), persona.email), sms: localSms, calls, close: async () => undefined };
    // The IMAP and Mailosaur clients are loaded only when chosen: every worker opens channels, and
    // their imports (imapflow, Mailosaur's client) cost a local run a quarter of a second each.
    case 'imap': {
      const { ImapMailbox } = await import('../channels/email/imap-mailbox.ts');
      const mailbox = await ImapMailbox.open(settings.imap);
      return { mailbox, sms: localSms, calls, close: () => mailbox.close() };
    }
    case 'mailosaur': {
      const [{ MailosaurMailbox }, { MailosaurSmsInbox }] = await Promise.all([
        import('../channels/email/mailosaur-mailbox.ts'),
        import('../channels/sms/mailosaur-sms-inbox.ts'),
      ]);
      const mailbox = new MailosaurMailbox(settings.mailosaur);
      await mailbox.list({ receivedAfter: new Date() }); // checks the key and the server id now, not mid-journey
      const sms = settings.phoneNumber ? new MailosaurSmsInbox(settings.mailosaur, settings.phoneNumber) : localSms;
      return { mailbox, sms, calls, close: async () => undefined };
    }
  }
}

/** Where the local mail server keeps the shopper's mail. */
export function localMailboxDir(dataDir: string): string {
  return path.join(dataDir, 'mailbox');
}

/** Where the local phone network keeps the shopper's texts. */
export function localSmsDir(dataDir: string): string {
  return path.join(dataDir, 'sms');
}

/** Where the shopper's phone logs its calls (the local phone network's and a real number's). */
export function localCallsDir(dataDir: string): string {
  return path.join(dataDir, 'calls');
}
