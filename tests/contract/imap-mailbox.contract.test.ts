import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { ImapMailbox } from '../../src/channels/email/imap-mailbox.ts';
import { startDovecot } from '../support/dovecot.ts';
import { mailboxContract, type OutgoingTestMail } from './mailbox-contract.ts';

mailboxContract('IMAP mailbox (a real Dovecot: LMTP in, IMAP IDLE out)', async () => {
  const dovecot = await startDovecot({ sam: 'imap-test-password' });
  const account = { host: dovecot.imap.host, port: dovecot.imap.port, secure: false, user: 'sam', password: 'imap-test-password', address: 'sam@shopper.test' };
  const mailbox = await ImapMailbox.open(account);
  const lmtp = nodemailer.createTransport({ host: dovecot.lmtp.host, port: dovecot.lmtp.port, lmtp: true, ignoreTLS: true } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    mailbox,
    address: (tag) => mailbox.address(tag),
    deliver: async (message) => void (await lmtp.sendMail(message)),
    deliverRaw: async (from, to, raw) => void (await lmtp.sendMail({ envelope: { from, to: [to] }, raw })),
    // As a provider's spam filter does: the message is filed straight into the Junk folder.
    deliverToJunk: async (message) => appendTo(account, 'Junk', message),
    close: async () => {
      lmtp.close();
      await mailbox.close();
      await dovecot.stop();
    },
  };
});

async function appendTo(account: { host: string; port: number; user: string; password: string }, folder: string, message: OutgoingTestMail): Promise<void> {
  const source = await new MailComposer(message).compile().build();
  const client = new ImapFlow({ host: account.host, port: account.port, secure: false, auth: { user: account.user, pass: account.password }, logger: false });
  await client.connect();
  await client.append(folder, source);
  await client.logout();
}
