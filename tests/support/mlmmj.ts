import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { systemUser } from './system-user.ts';

const run = promisify(execFile);

export const MLMMJ_BIN = '/usr/bin';

export interface MlmmjListOptions {
  /** The list's local part, e.g. 'news' for news@list.test. */
  name: string;
  domain: string;
  /** Gets news+owner@ mail; the list's From: for nobody in particular. */
  owner: string;
  /** With modonlypost, the only From: addresses the list distributes (the company's campaign sender). */
  moderators: string[];
  /** The MTA mlmmj hands its mail to (control/relayhost and control/smtpport). */
  relay: { host: string; port: number };
  /** Added to every post the list distributes (control/customheaders), e.g. List-Id, List-Unsubscribe. */
  customHeaders: string[];
  /** Appended to every post the list distributes, as plain text (control/footer); also settable later with setControl. */
  footer?: string;
  /** The system user that owns the list, and whom the MTA's pipe runs mlmmj-receive as. */
  user?: string;
}

export interface MlmmjList {
  dir: string;
  address: string;
  user: string;
  /** The list's subscribers, as mlmmj-list prints them. */
  subscribers(): Promise<string[]>;
  /**
   * mlmmj-sub. `confirm`: double opt-in (mlmmj mails a confirmation request, the address joins once
   * its owner replies); `silent`: no mail at all (the way a CRM import adds people).
   */
  subscribe(address: string, how: 'confirm' | 'welcome' | 'silent'): Promise<void>;
  /** mlmmj-unsub. `goodbye`: mlmmj mails a goodbye; `silent`: no mail. */
  unsubscribe(address: string, how: 'goodbye' | 'silent'): Promise<void>;
  /** Writes a control file (a tunable), e.g. the footer once the website's address is known. */
  setControl(name: string, content: string): Promise<void>;
  /** Requests mlmmj has not yet confirmed (files in subconf/ and unsubconf/). */
  pendingConfirmations(): Promise<number>;
}

/**
 * A mailing list made by mlmmj's own tools: mlmmj-make-ml lays out the directory and its English
 * texts (it asks its questions on stdin), and the control files are mlmmj's tunables
 * (/usr/share/doc/mlmmj/TUNABLES). mlmmj runs as the list directory's owner.
 */
export async function makeMlmmjList(options: MlmmjListOptions): Promise<MlmmjList> {
  const user = options.user ?? 'nobody';
  const spool = await mkdtemp(path.join(os.tmpdir(), 'mlmmj-'));
  await chmod(spool, 0o755); // the pipe's user must reach the list directory
  const answers = `${options.domain}\n${options.owner}\nen\ny\n`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(MLMMJ_BIN, 'mlmmj-make-ml'), ['-L', options.name, '-s', spool, '-c', user], { cwd: '/usr/share/mlmmj/text.skel', stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`mlmmj-make-ml failed (exit ${code}): ${errors}`))));
    child.stdin.end(answers);
  });
  const dir = path.join(spool, options.name);
  const owner = systemUser(user);
  const control: Record<string, string> = {
    moderators: lines(options.moderators),
    modonlypost: '',
    relayhost: `${options.relay.host}\n`,
    smtpport: `${options.relay.port}\n`,
    customheaders: lines(options.customHeaders),
    ...(options.footer === undefined ? {} : { footer: withNewline(options.footer) }),
    // No archive kept and no digests: a newsletter, not a discussion list.
    noarchive: '',
    nodigestsub: '',
  };
  const setControl = async (name: string, content: string) => {
    const file = path.join(dir, 'control', name);
    await writeFile(file, content);
    await chown(file, owner.uid, owner.gid);
  };
  for (const [name, content] of Object.entries(control)) await setControl(name, content);
  const tool = async (name: string, args: string[]) => {
    // Run as root, the tools switch to the list directory's owner themselves.
    const { stdout } = await run(path.join(MLMMJ_BIN, name), ['-L', dir, ...args]);
    return stdout;
  };
  return {
    dir,
    address: `${options.name}@${options.domain}`,
    user,
    setControl: (name, content) => setControl(name, name === 'footer' ? withNewline(content) : content),
    subscribers: async () =>
      (await tool('mlmmj-list', []))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    subscribe: async (address, how) => {
      // -r: the request came from the person (the texts say "Somebody (and we hope it was you)"), not from an administrator.
      const flags = { confirm: ['-r', '-C'], welcome: ['-c'], silent: ['-f', '-q', '-s'] }[how];
      await tool('mlmmj-sub', ['-a', address, ...flags]);
    },
    unsubscribe: async (address, how) => {
      // -r: the person asked (the goodbye says "You have now been removed", not "An administrator has removed you").
      await tool('mlmmj-unsub', ['-a', address, ...(how === 'goodbye' ? ['-r', '-c'] : ['-q', '-s'])]);
    },
    pendingConfirmations: async () => {
      const counts = await Promise.all(['subconf', 'unsubconf'].map(async (folder) => (await readdir(path.join(dir, folder)).catch(() => [])).length));
      return counts[0]! + counts[1]!;
    },
  };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function lines(values: string[]): string {
  return values.map((value) => `${value}\n`).join('');
}
