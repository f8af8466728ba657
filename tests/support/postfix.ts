import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports.ts';
import { systemUser } from './system-user.ts';

export const POSTFIX = '/usr/sbin/postfix';

export interface PostfixServer {
  smtp: { host: string; port: number };
  /** The ports of `PostfixOptions.entrances`, in their order. */
  entrances: Array<{ host: string; port: number }>;
  log(): Promise<string>;
  /**
   * From now on, refuses these recipients at RCPT TO (550 5.1.1), as a company's MX does for a
   * mailbox that does not exist; an empty list accepts everyone again. Postfix reloads.
   */
  refuseRecipients(addresses: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Where Postfix sends a domain's mail: another SMTP or LMTP server, or a list manager's program. */
export type PostfixRoute =
  | { host: string; port: number; protocol?: 'smtp' | 'lmtp' }
  /** mlmmj's list directory: every address of the domain (news@, news+unsubscribe@…) goes to `mlmmj-receive -L <listDir>`. */
  | { mlmmj: string; user?: string };

export interface PostfixOptions {
  /** The name it greets with and writes in Received (two instances that relay to each other need two names). */
  hostname?: string;
  /** The port to listen on (default: a free one), e.g. when another server must know it first. */
  port?: number;
  /** Recipients refused from the start (see PostfixServer.refuseRecipients). */
  refuseRecipients?: string[];
  /**
   * More ports to take mail on, each sending these domains to a server of its own (every other
   * domain as `routes` say): two lanes of runs side by side whose companies share a domain (the
   * demo's) but not an MX port.
   */
  entrances?: Array<Record<string, { host: string; port: number }>>;
}

export const MLMMJ_RECEIVE = '/usr/bin/mlmmj-receive';

/**
 * A real Postfix (Debian's) in its own config and queue directories, playing the shopper's mail
 * provider: it accepts the shopper's mail on a loopback port and relays each domain to the
 * server the test names, so that a refusal produces Postfix's own RFC 3464 bounce.
 */
export async function startPostfix(routes: Record<string, PostfixRoute>, options: PostfixOptions = {}): Promise<PostfixServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'postfix-'));
  await chmod(dir, 0o755); // Postfix's own processes run as its unprivileged user
  const port = options.port ?? (await freePort());
  await mkdir(path.join(dir, 'queue'), { recursive: true });
  await mkdir(path.join(dir, 'data'), { recursive: true });
  const owner = systemUser('postfix');
  await chown(path.join(dir, 'data'), owner.uid, owner.gid);
  const transports = Object.entries(routes).map(([domain, route]) => `${domain}=${transportOf(route)}`).join(', ');
  const refused = path.join(dir, 'refused-recipients');
  await writeFile(refused, refusedTable(options.refuseRecipients ?? []));
  const entrances = await Promise.all((options.entrances ?? []).map(async (entranceRoutes) => ({ port: await freePort(), routes: entranceRoutes })));
  await writeFile(path.join(dir, 'main.cf'), mainCf(dir, transports, options.hostname ?? 'mx.shopper-provider.test', refused) + entrancesCf(entrances, refused));
  const pipeUsers = [...new Set(Object.values(routes).flatMap((route) => ('mlmmj' in route ? [route.user ?? 'nobody'] : [])))];
  if (pipeUsers.length > 1) throw new Error(`every mlmmj list of one Postfix must be owned by one user, not ${pipeUsers.join(' and ')}`);
  await writeFile(path.join(dir, 'master.cf'), masterCf(port, pipeUsers[0], entrances));
  run(['-c', dir, 'check']); // creates the queue directories with Postfix's ownership
  run(['-c', dir, 'start']);
  await Promise.all([port, ...entrances.map((entrance) => entrance.port)].map((each) => waitForPort(each, 'postfix')));
  return {
    smtp: { host: '127.0.0.1', port },
    entrances: entrances.map((entrance) => ({ host: '127.0.0.1', port: entrance.port })),
    log: () => readFile(path.join(dir, 'maillog'), 'utf8').catch(() => ''),
    refuseRecipients: async (addresses) => {
      await writeFile(refused, refusedTable(addresses));
      run(['-c', dir, 'reload']);
      // A reload ends the smtpd processes once their client leaves; new connections read the new table.
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    stop: async () => {
      run(['-c', dir, 'stop'], true);
    },
  };
}

function transportOf(route: PostfixRoute): string {
  if ('mlmmj' in route) return `mlmmj:${route.mlmmj}`;
  return route.protocol === 'lmtp' ? `lmtp:inet:${route.host}:${route.port}` : `smtp:[${route.host}]:${route.port}`;
}

function refusedTable(addresses: string[]): string {
  return addresses.map((address) => `${address} 550 5.1.1 User unknown\n`).join('');
}

function mainCf(dir: string, transports: string, hostname: string, refused: string): string {
  return `compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
maillog_file = ${dir}/maillog
maillog_file_prefixes = ${dir}
myhostname = ${hostname}
mydomain = ${hostname.split('.').slice(1).join('.') || hostname}
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = check_recipient_access texthash:${refused}
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
# mlmmj wants one message per delivery: the list address it was sent to is the X-Original-To.
mlmmj_destination_recipient_limit = 1
`;
}

/**
 * Each entrance's recipient check: the refused recipients first, as on the main port, then its
 * own domains sent to its own servers by a FILTER (Postfix's per-message next hop, which wins
 * over transport_maps), so that a refusal there still bounces as Postfix's own RFC 3464 report.
 */
function entrancesCf(entrances: Array<{ routes: Record<string, { host: string; port: number }> }>, refused: string): string {
  return entrances
    .map(({ routes }, index) => {
      const filters = Object.entries(routes).map(([domain, route]) => `{ ${domain} = FILTER smtp:[${route.host}]:${route.port} }`);
      return `entrance${index + 1}_recipient_restrictions = check_recipient_access texthash:${refused}, check_recipient_access inline:{ ${filters.join(', ')} }\n`;
    })
    .join('');
}

function masterCf(port: number, pipeUser: string | undefined, entrances: Array<{ port: number }>): string {
  const services = [
    `127.0.0.1:${port} inet n - n - - smtpd`,
    ...entrances.map((entrance, index) => `127.0.0.1:${entrance.port} inet n - n - - smtpd\n  -o smtpd_recipient_restrictions=$entrance${index + 1}_recipient_restrictions`),
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
    // As mlmmj's README.postfix says: X-Original-To and Return-Path prepended (flags O and R), the
    // recipient folded to lower case (u); $nexthop is the list directory, case kept (no h).
    ...(pipeUser ? [`mlmmj unix - n n - - pipe\n  flags=ORu user=${pipeUser} argv=${MLMMJ_RECEIVE} -F -L $nexthop`] : []),
  ];
  return `${services.join('\n')}\n`;
}

function run(args: string[], tolerateFailure = false): void {
  const result = spawnSync(POSTFIX, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0 && !tolerateFailure) throw new Error(`postfix ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
}

