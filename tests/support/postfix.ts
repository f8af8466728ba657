import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';
import { systemUser } from './system-user.ts';

export const POSTFIX = '/usr/sbin/postfix';

export interface PostfixServer {
  smtp: { host: string; port: number };
  log(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real Postfix (Debian's) in its own config and queue directories, playing the shopper's mail
 * provider: it accepts the shopper's mail on a loopback port and relays each domain to the
 * server the test names, so that a refusal produces Postfix's own RFC 3464 bounce.
 */
export async function startPostfix(routes: Record<string, { host: string; port: number; protocol?: 'smtp' | 'lmtp' }>): Promise<PostfixServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'postfix-'));
  await chmod(dir, 0o755); // Postfix's own processes run as its unprivileged user
  const port = await freePort();
  await mkdir(path.join(dir, 'queue'), { recursive: true });
  await mkdir(path.join(dir, 'data'), { recursive: true });
  const owner = systemUser('postfix');
  await chown(path.join(dir, 'data'), owner.uid, owner.gid);
  const transports = Object.entries(routes)
    .map(([domain, route]) => (route.protocol === 'lmtp' ? `${domain}=lmtp:inet:${route.host}:${route.port}` : `${domain}=smtp:[${route.host}]:${route.port}`))
    .join(', ');
  await writeFile(path.join(dir, 'main.cf'), mainCf(dir, transports));
  await writeFile(path.join(dir, 'master.cf'), masterCf(port));
  run(['-c', dir, 'check']); // creates the queue directories with Postfix's ownership
  run(['-c', dir, 'start']);
  await waitForPort(port, 'postfix');
  return {
    smtp: { host: '127.0.0.1', port },
    log: () => readFile(path.join(dir, 'maillog'), 'utf8').catch(() => ''),
    stop: async () => {
      run(['-c', dir, 'stop'], true);
    },
  };
}

function mainCf(dir: string, transports: string): string {
  return `compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
maillog_file = ${dir}/maillog
maillog_file_prefixes = ${dir}
myhostname = mx.shopper-provider.test
mydomain = shopper-provider.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
transport_maps = inline:{ ${transports} }
default_transport = error:no route in this lab
disable_dns_lookups = yes
smtp_dns_support_level = disabled
smtp_tls_security_level = none
smtpd_tls_security_level = none
# Retry nothing in a test: a temporary failure should not hold the queue for days.
maximal_queue_lifetime = 0
bounce_queue_lifetime = 0
queue_run_delay = 1s
minimal_backoff_time = 1s
alias_maps =
alias_database =
`;
}

function masterCf(port: number): string {
  const services = [
    `127.0.0.1:${port} inet n - n - - smtpd`,
    'pickup unix n - n 60 1 pickup',
    'cleanup unix n - n - 0 cleanup',
    'qmgr unix n - n 300 1 qmgr',
    'rewrite unix - - n - - trivial-rewrite',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify',
    'flush unix n - n 1000? 0 flush',
    'proxymap unix - - n - - proxymap',
    'smtp unix - - n - - smtp',
    'relay unix - - n - - smtp',
    'lmtp unix - - n - - lmtp',
    'showq unix n - n - - showq',
    'error unix - - n - - error',
    'retry unix - - n - - error',
    'discard unix - - n - - discard',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
  ];
  return `${services.join('\n')}\n`;
}

function run(args: string[], tolerateFailure = false): void {
  const result = spawnSync(POSTFIX, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0 && !tolerateFailure) throw new Error(`postfix ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
}

