import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readMailboxSettings, readSubmissionSettings, type MailboxSettings, type SubmissionSettings } from '../channels/channel-settings.ts';
import { tryConnect } from '../channels/try-connect.ts';
import type { MysteryShopperConfig, TargetConfig } from '../config/schema.ts';

/** Something the auditor reaches on its own account, never the company's: its mail provider, a reference URL. */
export interface AuditorEndpoint {
  /** In words, for the line that says what was tried, e.g. "the reference https://www.example.org". */
  what: string;
  host: string;
  port: number;
}

/** What the auditor could reach, checked once per run when a company channel first looks down. */
export interface AuditorNetworkCheck {
  checkedAt: string;
  reached: string[];
  unreached: { what: string; reason: string }[];
}

/** Short: this runs only when a company channel already failed, and a connection takes milliseconds. */
export const AUDITOR_CHECK_TIMEOUT_MS = 3_000;

/**
 * What the auditor can try to reach of its own: the reference URL the config names (the target's,
 * else the project's `auditorCheck.referenceUrl`), and the mail provider the run uses (the IMAP
 * server and the SMTP submission server, or the Mailosaur API and the SMTP submission server).
 * The local mailbox runs in-process and proves nothing about the network: it adds nothing.
 */
export function auditorEndpoints(referenceUrl: string | undefined, mailbox: MailboxSettings, submission?: SubmissionSettings): AuditorEndpoint[] {
  const endpoints: AuditorEndpoint[] = [];
  if (referenceUrl) endpoints.push({ what: `the reference ${referenceUrl}`, ...hostAndPort(referenceUrl) });
  if (mailbox.kind === 'imap') endpoints.push({ what: `the IMAP server ${mailbox.imap.host}:${mailbox.imap.port}`, host: mailbox.imap.host, port: mailbox.imap.port });
  if (mailbox.kind === 'mailosaur') {
    const api = mailbox.mailosaur.baseUrl ?? 'https://mailosaur.com/';
    endpoints.push({ what: `the Mailosaur API ${api}`, ...hostAndPort(api) });
  }
  if (mailbox.kind !== 'local' && submission) endpoints.push({ what: `the SMTP server ${submission.host}:${submission.port}`, host: submission.host, port: submission.port });
  return endpoints;
}

/** The reference URL for a target: its own `auditorCheck`, else the project's. */
export function referenceUrlOf(config: Pick<MysteryShopperConfig, 'auditorCheck'>, target: Pick<TargetConfig, 'auditorCheck'>): string | undefined {
  return target.auditorCheck?.referenceUrl ?? config.auditorCheck?.referenceUrl;
}

/** Tries every endpoint at once; the auditor is online if any one of them answers. */
export async function checkAuditorNetwork(endpoints: readonly AuditorEndpoint[], timeoutMs = AUDITOR_CHECK_TIMEOUT_MS): Promise<AuditorNetworkCheck> {
  const checkedAt = new Date().toISOString();
  const results = await Promise.all(endpoints.map(async (endpoint) => ({ endpoint, connection: await tryConnect(endpoint.host, endpoint.port, timeoutMs) })));
  return {
    checkedAt,
    reached: results.flatMap(({ endpoint, connection }) => (connection.reached ? [endpoint.what] : [])),
    unreached: results.flatMap(({ endpoint, connection }) => (connection.reached ? [] : [{ what: endpoint.what, reason: connection.reason }])),
  };
}

/**
 * The one line a run prints when the auditor itself is offline, naming what it tried; undefined
 * when something answered, or when there was nothing to try (then the harness cannot tell, and a
 * channel that does not answer is the company's, as before).
 */
export function auditorOfflineLine(check: AuditorNetworkCheck, companyName: string): string | undefined {
  if (check.reached.length > 0 || check.unreached.length === 0) return undefined;
  const tried = check.unreached.map(({ what, reason }) => `${what} (${reason})`).join(', ');
  return `The auditor has no network: it could not reach ${tried}; ${companyName} is not blamed for a channel that did not answer`;
}

const memo = new Map<string, Promise<AuditorNetworkCheck>>();

/**
 * The check, made once per run and shared by every worker of it: the first worker to need it
 * checks and writes `<data>/auditor-network/<run id>.json` (first writer wins, so every worker
 * agrees); the others, and later scenarios, read it.
 */
export function auditorNetworkOnce(dataDir: string, runId: string, endpoints: readonly AuditorEndpoint[], timeoutMs = AUDITOR_CHECK_TIMEOUT_MS): Promise<AuditorNetworkCheck> {
  const file = path.join(dataDir, 'auditor-network', `${runId}.json`);
  let check = memo.get(file);
  if (!check) {
    check = readCheck(file).then(async (earlier) => earlier ?? (await writeFirst(file, await checkAuditorNetwork(endpoints, timeoutMs))));
    memo.set(file, check);
  }
  return check;
}

/**
 * For the Notebook: asked before a company channel is blamed for not answering. Why the auditor
 * itself is offline, or undefined. Nothing is tried until a channel looks down.
 */
export function whyAuditorOffline(config: MysteryShopperConfig, target: TargetConfig, run: { dataDir: string; runId: string }): () => Promise<string | undefined> {
  return async () => {
    const mailbox = readMailboxSettings();
    const endpoints = auditorEndpoints(referenceUrlOf(config, target), mailbox, mailbox.kind === 'local' ? undefined : readSubmissionSettings());
    if (endpoints.length === 0) return undefined;
    return auditorOfflineLine(await auditorNetworkOnce(run.dataDir, run.runId, endpoints), target.name);
  };
}

function hostAndPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  // new URL keeps an IPv6 host in brackets; a socket wants it bare.
  return { host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

async function readCheck(file: string): Promise<AuditorNetworkCheck | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as AuditorNetworkCheck;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeFirst(file: string, check: AuditorNetworkCheck): Promise<AuditorNetworkCheck> {
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole beside it, then linked into place: a reader never sees half of it, and a link fails if another worker's is there.
  const draft = `${file}.${process.pid}.draft`;
  await writeFile(draft, JSON.stringify(check));
  try {
    await link(draft, file);
    return check;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another worker checked at the same moment: its result is the run's.
    return (await readCheck(file)) ?? check;
  } finally {
    await rm(draft, { force: true });
  }
}
