import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startLocalMailServer } from '../../src/channels/email/local-mail-server.ts';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import { plusAddress } from '../../src/channels/email/plus-address.ts';
import { mailboxContract } from './mailbox-contract.ts';

mailboxContract('local mailbox (SMTP in, files on disk)', async () => {
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'local-mailbox-contract-'));
  const server = await startLocalMailServer({ storeDir, localDomains: ['shopper.test'], routes: {} });
  const transport = nodemailer.createTransport({ host: server.host, port: server.port, ignoreTLS: true });
  return {
    mailbox: new LocalMailbox(storeDir),
    address: (tag) => plusAddress('sam@shopper.test', tag),
    deliver: async (message) => void (await transport.sendMail(message)),
    deliverRaw: async (from, to, raw) => void (await transport.sendMail({ envelope: { from, to: [to] }, raw })),
    close: async () => {
      transport.close();
      await server.stop();
    },
  };
});
