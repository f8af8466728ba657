import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cliRunOf, type CliRun } from './run-cli.ts';

/** Set by tests/run-tests.ts: a folder where test files of one test run share their runs. */
export const SHARED_RUNS_VARIABLE = 'MYSTERY_SHOPPER_TEST_SHARED_RUNS';

/** How long a file waits for a run another file is making, at most: a whole audit takes about a minute. */
const WAIT_MS = 15 * 60_000;

/** A run that test files share, with what its maker wants its readers to know (e.g. the secrets it planted). */
export interface SharedRun<Extra> extends CliRun {
  extra: Extra;
}

/** What the maker of a shared run leaves for its readers. */
interface MadeRun<Extra> {
  exitCode: number;
  output: string;
  reportsDir: string;
  dataDir: string;
  extra: Extra;
  error?: string;
}

const made = new Map<string, Promise<SharedRun<unknown>>>();

/**
 * A run that several test files only read, made once per test run: the first file to ask makes it
 * (`make`), the others wait for it and read the same folders. Run on its own, outside
 * tests/run-tests.ts, a file makes its own. Readers must not change what the run left.
 */
export function sharedRun<Extra>(name: string, make: () => Promise<{ run: CliRun; extra: Extra }>): Promise<SharedRun<Extra>> {
  if (!made.has(name)) made.set(name, makeOrWait(name, make));
  return made.get(name) as Promise<SharedRun<Extra>>;
}

async function makeOrWait<Extra>(name: string, make: () => Promise<{ run: CliRun; extra: Extra }>): Promise<SharedRun<Extra>> {
  const folder = process.env[SHARED_RUNS_VARIABLE];
  if (!folder) {
    const { run, extra } = await make();
    return { ...run, extra };
  }
  const slot = path.join(folder, name);
  const result = path.join(slot, 'result.json');
  if (await claim(slot)) {
    let record: MadeRun<Extra>;
    try {
      const { run, extra } = await make();
      record = { exitCode: run.exitCode, output: run.output, reportsDir: run.reportsDir, dataDir: run.dataDir, extra };
    } catch (error) {
      record = { exitCode: -1, output: '', reportsDir: '', dataDir: '', extra: undefined as Extra, error: String((error as Error).stack ?? error) };
    }
    // Written whole, then renamed: a waiting reader never reads half of it.
    await writeFile(`${result}.partial`, JSON.stringify(record));
    await rename(`${result}.partial`, result);
  }
  return readWhenMade<Extra>(name, result);
}

/** Whether this process is the first to ask for the run (and so makes it). */
async function claim(slot: string): Promise<boolean> {
  try {
    await mkdir(slot);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readWhenMade<Extra>(name: string, result: string): Promise<SharedRun<Extra>> {
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(result)) {
    if (Date.now() > deadline) throw new Error(`The shared run "${name}" was not made within ${WAIT_MS / 60_000} minutes (${result})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const record = JSON.parse(await readFile(result, 'utf8')) as MadeRun<Extra>;
  if (record.error) throw new Error(`The shared run "${name}" could not be made: ${record.error}`);
  return { ...cliRunOf(record), extra: record.extra };
}
