import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { ConfigError } from '../config/config-error.ts';
import { closestWords } from '../text/closest-words.ts';
import type { CliWiring } from './cli-wiring.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

type Command = (args: string[], wiring: CliWiring) => Promise<ExitCode>;

/**
 * Each command is loaded only when it is run: the run command alone need not load the run store,
 * the Playwright reporters of merge or the scaffolding of new, which take seconds to start.
 */
const COMMANDS: Record<string, () => Promise<{ command: Command; usage: string }>> = {
  run: () => import('./commands/run.ts').then((m) => ({ command: m.runCommand, usage: m.RUN_USAGE })),
  merge: () => import('./commands/merge.ts').then((m) => ({ command: m.mergeCommand, usage: m.MERGE_USAGE })),
  report: () => import('./commands/report.ts').then((m) => ({ command: m.reportCommand, usage: m.REPORT_USAGE })),
  schedule: () => import('./commands/schedule.ts').then((m) => ({ command: m.scheduleCommand, usage: m.SCHEDULE_USAGE })),
  ack: () => import('./commands/ack.ts').then((m) => ({ command: m.ackCommand, usage: m.ACK_USAGE })),
  list: () => import('./commands/list.ts').then((m) => ({ command: m.listCommand, usage: m.LIST_USAGE })),
  steps: () => import('./commands/steps.ts').then((m) => ({ command: m.stepsCommand, usage: m.STEPS_USAGE })),
  new: () => import('./commands/new-journey.ts').then((m) => ({ command: m.newCommand, usage: m.NEW_JOURNEY_USAGE })),
  'browser-server': () => import('./commands/browser-server.ts').then((m) => ({ command: m.browserServerCommand, usage: m.BROWSER_SERVER_USAGE })),
};

/** The CLI: runs the command named first in `argv`, with what the entry wired in, and answers its exit code. */
export async function main([name, ...args]: string[], wiring: CliWiring = {}): Promise<ExitCode> {
  if (name === '--version' || name === '-V' || name === 'version') {
    console.log(await packageVersion());
    return EXIT.ok;
  }
  if (name === 'help' && args[0] && COMMANDS[args[0]]) return main([args[0], '--help'], wiring);
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(await usage());
    return name === undefined ? EXIT.harnessError : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    const nearest = closestWords(name, Object.keys(COMMANDS));
    const hint = nearest.length > 0 ? `did you mean ${nearest.map((command) => `"${command}"`).join(' or ')}? ` : '';
    console.error(`Unknown command "${name}": ${hint}Commands: ${Object.keys(COMMANDS).join(', ')}. Try "mystery-shopper --help".`);
    return EXIT.harnessError;
  }
  try {
    const { command, usage } = await load();
    if (asksForHelp(args)) {
      console.log(usage);
      return EXIT.ok;
    }
    return await command(args, wiring);
  } catch (error) {
    // Bad input (config, options, journey ids) gets one clear line; anything else is a harness bug.
    const known = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    // Loaded here, not at start: a command that goes well never needs it.
    const { maskKnownSecrets } = await import('../secrets/known-secrets.ts');
    console.error(maskKnownSecrets(known ? `mystery-shopper ${name}: ${(error as Error).message}` : inspect(error)));
    return EXIT.harnessError;
  }
}

/** --help or -h among the command's own options (what follows "--" is Playwright's). */
function asksForHelp(args: string[]): boolean {
  const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  return own.includes('--help') || own.includes('-h');
}

async function packageVersion(): Promise<string> {
  const file = new URL('../../package.json', import.meta.url);
  return `mystery-shopper ${(JSON.parse(await readFile(file, 'utf8')) as { version: string }).version}`;
}

async function usage(): Promise<string> {
  const usages = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).usage));
  return `Usage: mystery-shopper <command> [options]

${usages.join('\n\n')}

"mystery-shopper <command> --help" shows one command; "mystery-shopper --version" the version.
Exit codes: 0 no broken experience, 1 at least one broken experience, 2 configuration or harness error.`;
}
