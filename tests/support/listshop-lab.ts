import { startDovecot, type DovecotServer } from './dovecot.ts';
import { LISTSHOP_FAULTS, startListshop, type Listshop, type ListshopFault } from './listshop.ts';
import { makeMlmmjList, type MlmmjList } from './mlmmj.ts';
import { freePort } from './ports.ts';
import { startPostfix, type PostfixServer } from './postfix.ts';

export const LIST_DOMAIN = 'list.test';
export const LIST_ADDRESS = `news@${LIST_DOMAIN}`;
export const UNSUBSCRIBE_ADDRESS = `news+unsubscribe@${LIST_DOMAIN}`;
export const CAMPAIGN_SENDER = 'offers@listshop.test';

/**
 * A company whose newsletter is real mailing-list software, audited through a real mail provider:
 *
 *   shopper (IMAP) ← Dovecot ← provider Postfix ⇄ company Postfix → pipe → mlmmj-receive (news@list.test)
 *
 * The shop's website signs people up with mlmmj-sub (double opt-in by mlmmj's own confirmation
 * mail), and unsubscribes them with mlmmj-unsub; its campaign is posted to the list through the
 * company's Postfix, which mlmmj distributes with its List-Unsubscribe header and footer.
 */
export interface ListshopLab {
  dovecot: DovecotServer;
  /** The shopper's provider: submission for the shopper, delivery to Dovecot, DSNs on refusal. */
  provider: PostfixServer;
  /** The company's MX: the list's domain goes to mlmmj. */
  company: PostfixServer;
  list: MlmmjList;
  shop: Listshop;
  /** The environment a run needs to read the shopper's mail over IMAP and send through the provider. */
  env: NodeJS.ProcessEnv;
  /** Switches the faults at run time: the shop's own, and the company MX's refusals. */
  switchFaults(faults: ListshopFault[]): Promise<void>;
  /** Both Postfix logs, for an assertion's message. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

export async function startListshopLab(options: { campaignEveryMs?: number; optIn?: 'double' | 'single' } = {}): Promise<ListshopLab> {
  const companyPort = await freePort();
  const dovecot = await startDovecot({ sam: 'listshop-lab-password' });
  const provider = await startPostfix({
    [LIST_DOMAIN]: { host: '127.0.0.1', port: companyPort },
    'listshop.test': { host: '127.0.0.1', port: companyPort },
    'shopper.test': { ...dovecot.lmtp, protocol: 'lmtp' },
  });
  // The list is made before its MX starts (the route names its directory); it learns the MX's port now.
  const list = await makeMlmmjList({
    name: 'news',
    domain: LIST_DOMAIN,
    owner: CAMPAIGN_SENDER,
    moderators: [CAMPAIGN_SENDER],
    relay: { host: '127.0.0.1', port: companyPort },
    customHeaders: [`List-Id: Listshop weekly offers <news.${LIST_DOMAIN}>`, `List-Unsubscribe: <mailto:${UNSUBSCRIBE_ADDRESS}>`],
  });
  const company = await startPostfix(
    {
      [LIST_DOMAIN]: { mlmmj: list.dir, user: list.user },
      'shopper.test': provider.smtp,
    },
    { hostname: 'mx.list.test', port: companyPort },
  );
  const shop = await startListshop({ list, smtp: company.smtp, sender: CAMPAIGN_SENDER, campaignEveryMs: options.campaignEveryMs, optIn: options.optIn });
  await list.setControl('footer', `-- \nYou receive this because you subscribed to Listshop's weekly offers.\nUnsubscribe: ${shop.url}/unsubscribe\n`);
  const env = {
    MYSTERY_SHOPPER_MAILBOX: 'imap',
    IMAP_HOST: dovecot.imap.host,
    IMAP_PORT: String(dovecot.imap.port),
    IMAP_SECURE: 'false',
    IMAP_USER: 'sam',
    IMAP_PASSWORD: 'listshop-lab-password',
    IMAP_ADDRESS: 'sam@shopper.test',
    SMTP_HOST: provider.smtp.host,
    SMTP_PORT: String(provider.smtp.port),
  };
  return {
    dovecot,
    provider,
    company,
    list,
    shop,
    env,
    switchFaults: async (faults) => {
      const unknown = faults.filter((fault) => !LISTSHOP_FAULTS.includes(fault));
      if (unknown.length > 0) throw new Error(`unknown list shop faults: ${unknown.join(', ')}`);
      shop.setFaults(faults);
      await company.refuseRecipients(faults.includes('unsubscribe-address-bounces') ? [UNSUBSCRIBE_ADDRESS] : []);
    },
    logs: async () => `provider Postfix:\n${await provider.log()}\ncompany Postfix:\n${await company.log()}`,
    stop: async () => {
      await shop.stop();
      await company.stop();
      await provider.stop();
      await dovecot.stop();
    },
  };
}
