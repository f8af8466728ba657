import { startDovecot, type DovecotServer } from './dovecot.ts';
import { freePort } from './ports.ts';
import { startPostfix, type PostfixServer } from './postfix.ts';

/** The shopper's real mail provider for a test: Postfix in front, Dovecot behind, and the run's .env for it. */
export interface ImapLab {
  dovecot: DovecotServer;
  postfix: PostfixServer;
  /** The environment a run needs to use this lab as the shopper's mailbox. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Postfix is the persona's provider (it relays to the demo company and delivers to Dovecot), and
 * the shopper, sam@shopper.test, reads over IMAP.
 */
export async function startImapLab(): Promise<ImapLab> {
  const demoMxPort = await freePort();
  const dovecot = await startDovecot({ sam: 'imap-journey-password' });
  const postfix = await startPostfix({
    'demo-shop.test': { host: '127.0.0.1', port: demoMxPort },
    'shopper.test': { ...dovecot.lmtp, protocol: 'lmtp' },
  });
  const env = {
    MYSTERY_SHOPPER_MAILBOX: 'imap',
    IMAP_HOST: dovecot.imap.host,
    IMAP_PORT: String(dovecot.imap.port),
    IMAP_SECURE: 'false',
    IMAP_USER: 'sam',
    IMAP_PASSWORD: 'imap-journey-password',
    IMAP_ADDRESS: 'sam@shopper.test',
    SMTP_HOST: postfix.smtp.host,
    SMTP_PORT: String(postfix.smtp.port),
    DEMO_MAIL_RELAY: `${postfix.smtp.host}:${postfix.smtp.port}`,
    DEMO_SMTP_PORT: String(demoMxPort),
  };
  return {
    dovecot,
    postfix,
    env,
    stop: async () => {
      await postfix.stop();
      await dovecot.stop();
    },
  };
}
