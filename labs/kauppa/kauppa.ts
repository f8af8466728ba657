import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Campaign } from './campaign.ts';
import { Faults } from './faults.ts';
import { HelpDesk } from './help-desk.ts';
import { DOMAIN, OPT_OUT_CONFIRM_PREFIX } from './identity.ts';
import { startMx } from './mail/mx.ts';
import { Postman, type Relay } from './mail/postman.ts';
import { OptOutByMail } from './opt-out-by-mail.ts';
import { Subscribers } from './subscribers.ts';
import { createSite } from './web/site.ts';

export interface KauppaOptions {
  /** Where Kauppa sends its mail: plain SMTP, no auth, no TLS. */
  relay: Relay;
  faults?: Iterable<string>;
  /** Default 0 (any free port); both listen on 127.0.0.1 unless `host` says otherwise. */
  webPort?: number;
  mxPort?: number;
  host?: string;
  /** The campaign's period; default 2000 (a compressed week). */
  campaignEveryMs?: number;
  /** How long the agent takes to answer a ticket; default 2000. */
  answerDelayMs?: number;
}

export interface Kauppa {
  webUrl: string;
  /** The MX for kauppa.test. */
  mx: { host: string; port: number };
  domain: typeof DOMAIN;
  /** The faults switched on now; `set` changes them while Kauppa runs. */
  faults: Faults;
  helpDesk: HelpDesk;
  subscribers: Subscribers;
  stop(): Promise<void>;
}

/** Opens Kauppa Oy: its website, its MX, its campaign and its help desk. */
export async function startKauppa(options: KauppaOptions): Promise<Kauppa> {
  const host = options.host ?? '127.0.0.1';
  const faults = new Faults(options.faults);
  const postman = new Postman(options.relay);
  const subscribers = new Subscribers(faults);
  const helpDesk = new HelpDesk(postman, faults, options.answerDelayMs ?? 2000);
  const optOut = new OptOutByMail(subscribers, postman);

  // The site listens first: its URL goes into every mail, and the handler needs it.
  const web = createServer();
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(options.webPort ?? 0, host, () => resolve());
  });
  const webUrl = `http://${host}:${(web.address() as AddressInfo).port}`;
  web.on('request', createSite({ subscribers, postman, faults, webUrl }));
  const campaign = new Campaign({ subscribers, postman, faults, webUrl, everyMs: options.campaignEveryMs ?? 2000 });

  const bouncesWhen = (fault: string) => () => (faults.has(fault) ? '5.1.1 Mailbox unavailable' : undefined);
  const mx = await startMx({
    host,
    port: options.mxPort ?? 0,
    mailboxes: [
      { accepts: (local) => local === 'asiakaspalvelu', refusal: bouncesWhen('support-address-bounces'), deliver: (_local, mail) => helpDesk.receive(mail) },
      { accepts: (local) => local === 'poistu', refusal: bouncesWhen('unsubscribe-address-bounces'), deliver: (_local, mail) => optOut.request(mail) },
      {
        accepts: (local) => local.startsWith(OPT_OUT_CONFIRM_PREFIX),
        refusal: bouncesWhen('unsubscribe-address-bounces'),
        deliver: (local, mail) => optOut.confirm(local.slice(OPT_OUT_CONFIRM_PREFIX.length), mail),
      },
    ],
  }).catch(async (error: unknown) => {
    await closeWeb(web);
    await campaign.stop();
    throw error;
  });

  let stopping: Promise<void> | undefined;
  return {
    webUrl,
    mx: { host, port: mx.port },
    domain: DOMAIN,
    faults,
    helpDesk,
    subscribers,
    stop: () =>
      (stopping ??= (async () => {
        helpDesk.stop();
        await campaign.stop();
        await Promise.all([mx.close(), closeWeb(web)]);
        await postman.stop();
      })()),
  };
}

function closeWeb(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections(); // keep-alive connections would hold close() open
  });
}
