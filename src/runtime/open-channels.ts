import { readMailboxSettings, readSubmissionSettings } from '../channels/channel-settings.ts';
import { ImapMailbox } from '../channels/mailbox/imap-mailbox.ts';
import { LocalMailbox } from '../channels/mailbox/local-mailbox.ts';
import type { Mailbox } from '../channels/mailbox/mailbox.ts';
import { MailosaurMailbox } from '../channels/mailbox/mailosaur-mailbox.ts';
import { SmtpMailSender } from '../channels/mail-sender/smtp-mail-sender.ts';
import { LocalSmsInbox } from '../channels/sms/local-sms-inbox.ts';
import { MailosaurSmsInbox } from '../channels/sms/mailosaur-sms-inbox.ts';
import type { SmsInbox } from '../channels/sms/sms-inbox.ts';
import type { Persona } from '../config/schema.ts';
import type { RunEnvironment } from './run-environment.ts';

/** The shopper's own channels for a run: where mail and texts arrive, and how mail goes out. */
export interface ShopperChannels {
  mailbox: Mailbox;
  sms: SmsInbox;
  mailSender: SmtpMailSender;
  close(): Promise<void>;
}

/**
 * Opens the channels .env chooses: the local mailbox and phone network (default), a real IMAP
 * mailbox, or Mailosaur. Rejected credentials throw a ConfigError naming the variables; an
 * unreachable service throws MailboxUnavailable.
 */
export async function openShopperChannels(run: RunEnvironment, persona: Persona): Promise<ShopperChannels> {
  const settings = readMailboxSettings();
  const localSms = new LocalSmsInbox(run.sms.storeDir, persona.phone);
  switch (settings.kind) {
    case 'local':
      return {
        mailbox: new LocalMailbox(run.mailbox.storeDir, persona.email),
        sms: localSms,
        mailSender: new SmtpMailSender(run.mailbox.smtp),
        close: async () => undefined,
      };
    case 'imap': {
      const mailSender = new SmtpMailSender(readSubmissionSettings());
      const mailbox = await ImapMailbox.open(settings.imap);
      return { mailbox, sms: localSms, mailSender, close: () => mailbox.close() };
    }
    case 'mailosaur': {
      const mailSender = new SmtpMailSender(readSubmissionSettings());
      const mailbox = new MailosaurMailbox(settings.mailosaur);
      await mailbox.list({ receivedAfter: new Date() }); // checks the key and the server id now, not mid-journey
      const sms = settings.phoneNumber ? new MailosaurSmsInbox(settings.mailosaur, settings.phoneNumber) : localSms;
      return { mailbox, sms, mailSender, close: async () => undefined };
    }
  }
}
