import { inspect } from 'node:util';
import { ConfigError } from '../config/config-error.ts';
import { maskKnownSecrets } from '../secrets/known-secrets.ts';
import { browserServerCommand, BROWSER_SERVER_USAGE } from './commands/browser-server.ts';
import { listCommand, LIST_USAGE } from './commands/list.ts';
import { mergeCommand, MERGE_USAGE } from './commands/merge.ts';
import { newCommand, NEW_JOURNEY_USAGE } from './commands/new-journey.ts';
import { reportCommand, REPORT_USAGE } from './commands/report.ts';
import { runCommand, RUN_USAGE } from './commands/run.ts';
import { scheduleCommand, SCHEDULE_USAGE } from './commands/schedule.ts';
import { stepsCommand, STEPS_USAGE } from './commands/steps.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

const USAGE = `Usage: mystery-shopper <command> [options]

${RUN_USAGE}

${MERGE_USAGE}

${REPORT_USAGE}

${SCHEDULE_USAGE}

${LIST_USAGE}

${STEPS_USAGE}

${NEW_JOURNEY_USAGE}

${BROWSER_SERVER_USAGE}

Exit codes: 0 no broken experience, 1 at least one broken experience, 2 configuration or harness error.`;

const COMMANDS: Record<string, (args: string[]) => Promise<ExitCode>> = {
  run: runCommand,
  merge: mergeCommand,
  report: reportCommand,
  schedule: scheduleCommand,
  list: listCommand,
  steps: stepsCommand,
  new: newCommand,
  'browser-server': browserServerCommand,
};

process.exitCode = await main(process.argv.slice(2));

async function main([name, ...args]: string[]): Promise<ExitCode> {
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name === undefined ? EXIT.harnessError : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Try "mystery-shopper help".`);
    return EXIT.harnessError;
  }
  try {
    return await command(args);
  } catch (error) {
    // Bad input (config, options, journey ids) gets one clear line; anything else is a harness bug.
    const known = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(maskKnownSecrets(known ? `mystery-shopper ${name}: ${(error as Error).message}` : inspect(error)));
    return EXIT.harnessError;
  }
}
