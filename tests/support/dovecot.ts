import { spawn, spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';
import { systemUser } from './system-user.ts';

export interface DovecotServer {
  imap: { host: string; port: number };
  lmtp: { host: string; port: number };
  users: Record<string, string>;
  /** Whether a message has been delivered to this user's inbox (or junk folder) yet. */
  hasDelivered(user: string): Promise<boolean>;
  /** Dies as a crashed server does: every Dovecot process at once, open IMAP sessions dropped. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export const DOVECOT = '/usr/sbin/dovecot';

/**
 * A real Dovecot (Debian's dovecot-imapd + dovecot-lmtpd) with its own config, ports and mail
 * folders in a temporary directory: IMAP for the shopper's side, LMTP to deliver as an MTA would.
 */
export async function startDovecot(users: Record<string, string>): Promise<DovecotServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dovecot-'));
  const [imapPort, lmtpPort] = [await freePort(), await freePort()];
  const mailUser = systemUser('dovecot');
  await mkdir(path.join(dir, 'mail'), { recursive: true });
  await chown(path.join(dir, 'mail'), mailUser.uid, mailUser.gid);
  await chmod(dir, 0o755);
  await writeFile(path.join(dir, 'passwd'), Object.entries(users).map(([user, password]) => `${user}:{PLAIN}${password}\n`).join(''));
  await writeFile(path.join(dir, 'dovecot.conf'), config(dir, imapPort, lmtpPort, mailUser));
  // Dovecot forks into the background; its output goes to the log, so no pipe holds us.
  const started = spawnSync(DOVECOT, ['-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  if (started.status !== 0) throw new Error(`dovecot did not start (exit ${started.status}): ${await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '')}`);
  await waitForPort(imapPort, 'dovecot');
  return {
    imap: { host: '127.0.0.1', port: imapPort },
    lmtp: { host: '127.0.0.1', port: lmtpPort },
    users,
    hasDelivered: async (user) => {
      const folders = ['new', 'cur', '.Junk/new', '.Junk/cur'].map((folder) => path.join(dir, 'mail', user, folder));
      const entries = await Promise.all(folders.map((folder) => readdir(folder).catch(() => [])));
      return entries.some((files) => files.length > 0);
    },
    kill: async () => {
      // `dovecot stop` lets open sessions live on; a crash does not.
      const master = Number((await readFile(path.join(dir, 'run', 'master.pid'), 'utf8')).trim());
      spawnSync('pkill', ['-KILL', '-P', String(master)]);
      process.kill(master, 'SIGKILL');
    },
    stop: () =>
      new Promise((resolve) => {
        spawn(DOVECOT, ['-c', path.join(dir, 'dovecot.conf'), 'stop'], { stdio: 'ignore' }).on('close', () => resolve());
      }),
  };
}

function config(dir: string, imapPort: number, lmtpPort: number, mailUser: { uid: number; gid: number }): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%n
first_valid_uid = ${mailUser.uid}
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${dir}/mail/%n allow_all_users=yes
}
namespace inbox {
  inbox = yes
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${lmtpPort}
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
`;
}
