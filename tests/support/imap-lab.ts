import { startDovecot, type DovecotServer } from './dovecot.ts';
import { freePort } from './ports.ts';
import { startPostfix, type PostfixServer } from './postfix.ts';

/** The shopper's real mail provider for a test: Postfix in front, Dovecot behind, and the run's .env for it. */
export interface ImapLab extends ImapLabLane {
  dovecot: DovecotServer;
  postfix: PostfixServer;
  /** Every lane, the first one (this lab's own companyMx and env) first. */
  lanes: ImapLabLane[];
  stop(): Promise<void>;
}

/** One company reached through the lab: runs in different lanes can go side by side. */
export interface ImapLabLane {
  /** Where Postfix sends the company's domain: the company's MX must listen here. */
  companyMx: { domain: string; host: string; port: number };
  /** The Postfix port the lane's shopper and company send through. */
  smtp: { host: string; port: number };
  /** The environment a run needs to use this lab as the shopper's mailbox. */
  env: NodeJS.ProcessEnv;
}

export interface ImapLabOptions {
  /**
   * The audited company's mail domain; default the demo company's, which the harness starts
   * itself (the env then tells it where to listen and send). Any other company is started by
   * the test, on its lane's `companyMx.port` and sending through its `smtp`.
   */
  companyDomain?: string;
  /**
   * How many companies of that domain (default 1), each with an MX port of its own behind a
   * Postfix port of its own, so that runs in different lanes go side by side on one Postfix and
   * one Dovecot; each run reads only its own sub-addresses of the one mailbox.
   */
  lanes?: number;
}

const DEMO_DOMAIN = 'demo-shop.test';

/**
 * Postfix is the persona's provider (it relays to the company's MX and delivers to Dovecot), and
 * the shopper, sam@shopper.test, reads over IMAP.
 */
export async function startImapLab(options: ImapLabOptions = {}): Promise<ImapLab> {
  const domain = options.companyDomain ?? DEMO_DOMAIN;
  const companyMxPorts: number[] = [];
  for (let lane = 0; lane < (options.lanes ?? 1); lane++) companyMxPorts.push(await freePort());
  const [firstMxPort, ...otherMxPorts] = companyMxPorts as [number, ...number[]];
  const dovecot = await startDovecot({ sam: 'imap-journey-password' });
  const postfix = await startPostfix(
    { [domain]: { host: '127.0.0.1', port: firstMxPort }, 'shopper.test': { ...dovecot.lmtp, protocol: 'lmtp' } },
    { entrances: otherMxPorts.map((port) => ({ [domain]: { host: '127.0.0.1', port } })) },
  );
  const lanes = [postfix.smtp, ...postfix.entrances].map((smtp, lane): ImapLabLane => {
    const companyMx = { domain, host: '127.0.0.1', port: companyMxPorts[lane]! };
    const env: NodeJS.ProcessEnv = {
      MYSTERY_SHOPPER_MAILBOX: 'imap',
      IMAP_HOST: dovecot.imap.host,
      IMAP_PORT: String(dovecot.imap.port),
      IMAP_SECURE: 'false',
      IMAP_USER: 'sam',
      IMAP_PASSWORD: 'imap-journey-password',
      IMAP_ADDRESS: 'sam@shopper.test',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      // Only the demo company is started by the harness, and told by these where to meet the lab.
      ...(domain === DEMO_DOMAIN ? { DEMO_MAIL_RELAY: `${smtp.host}:${smtp.port}`, DEMO_SMTP_PORT: String(companyMx.port) } : {}),
    };
    return { companyMx, smtp, env };
  });
  return {
    dovecot,
    postfix,
    ...lanes[0]!,
    lanes,
    stop: async () => {
      await postfix.stop();
      await dovecot.stop();
    },
  };
}
