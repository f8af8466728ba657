import { startDovecot, type DovecotServer } from './dovecot.ts';
import { freePort } from './ports.ts';
import { startPostfix, type PostfixServer } from './postfix.ts';

/** The shopper's real mail provider for a test: Postfix in front, Dovecot behind, and the run's .env for it. */
export interface ImapLab {
  dovecot: DovecotServer;
  postfix: PostfixServer;
  /** Where Postfix sends the company's domain: the company's MX must listen here. */
  companyMx: { domain: string; host: string; port: number };
  /** The environment a run needs to use this lab as the shopper's mailbox. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export interface ImapLabOptions {
  /**
   * The audited company's mail domain; default the demo company's, which the harness starts
   * itself (the env then tells it where to listen and send). Any other company is started by
   * the test, on `companyMx.port` and sending through `postfix.smtp`.
   */
  companyDomain?: string;
}

const DEMO_DOMAIN = 'demo-shop.test';

/**
 * Postfix is the persona's provider (it relays to the company's MX and delivers to Dovecot), and
 * the shopper, sam@shopper.test, reads over IMAP.
 */
export async function startImapLab(options: ImapLabOptions = {}): Promise<ImapLab> {
  const domain = options.companyDomain ?? DEMO_DOMAIN;
  const companyMxPort = await freePort();
  const dovecot = await startDovecot({ sam: 'imap-journey-password' });
  const postfix = await startPostfix({
    [domain]: { host: '127.0.0.1', port: companyMxPort },
    'shopper.test': { ...dovecot.lmtp, protocol: 'lmtp' },
  });
  const env: NodeJS.ProcessEnv = {
    MYSTERY_SHOPPER_MAILBOX: 'imap',
    IMAP_HOST: dovecot.imap.host,
    IMAP_PORT: String(dovecot.imap.port),
    IMAP_SECURE: 'false',
    IMAP_USER: 'sam',
    IMAP_PASSWORD: 'imap-journey-password',
    IMAP_ADDRESS: 'sam@shopper.test',
    SMTP_HOST: postfix.smtp.host,
    SMTP_PORT: String(postfix.smtp.port),
    // Only the demo company is started by the harness, and told by these where to meet the lab.
    ...(domain === DEMO_DOMAIN ? { DEMO_MAIL_RELAY: `${postfix.smtp.host}:${postfix.smtp.port}`, DEMO_SMTP_PORT: String(companyMxPort) } : {}),
  };
  return {
    dovecot,
    postfix,
    companyMx: { domain, host: '127.0.0.1', port: companyMxPort },
    env,
    stop: async () => {
      await postfix.stop();
      await dovecot.stop();
    },
  };
}
