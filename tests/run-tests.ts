import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { glob } from 'tinyglobby';
import { slowestFiles } from './support/file-timings.ts';
import { SHARED_RUNS_VARIABLE } from './support/shared-run.ts';

const USAGE = `node --import tsx tests/run-tests.ts [--typecheck] [--deps] [--quick] [--concurrency n] [files…]
  (no files)   every test file: journeys first (the fault matrix first: it takes longest), then
               contract, then unit
  --quick      unit tests only (the feature check among them): the inner loop
  --typecheck  the type check (tsc --noEmit) too, beside the tests; its errors fail the run
  --deps       the layer rules (npm run deps: dependency-cruiser) too, beside the tests; a new
               violation fails the run, the known ones are counted
  files…       only these files
  --concurrency n   test files run n at a time (default 2; the fault matrix runs two of its own
                    runs at a time besides: on 2 cores, three files at once took longer, not less)`;

/**
 * The project's test runner, behind `npm test` and `npm run test:quick`: node's own runner, with
 * test files side by side, one whole-audit run shared by the files that only read it
 * (support/shared-run.ts), and the slowest ten files printed at the end.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false }, typecheck: { type: 'boolean', default: false }, deps: { type: 'boolean', default: false }, concurrency: { type: 'string', default: '2' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`--concurrency must be a whole number of at least 1, got "${values.concurrency}"\n${USAGE}`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const files = positionals.length > 0 ? positionals.map((file) => path.resolve(file)) : await testFiles(values.quick);
const sharedRuns = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-shared-runs-'));
process.env[SHARED_RUNS_VARIABLE] = sharedRuns;

const typecheck = values.typecheck ? typeCheck() : undefined;
const dependencies = values.deps ? dependencyCheck() : undefined;
let failed = false;
const stream = run({ files, concurrency });
stream.on('test:fail', () => (failed = true));
const timings = slowestFiles(stream, 10);
const report = stream.compose(new spec());
report.pipe(process.stdout, { end: false });
await finished(report);
console.log(await timings);
await rm(sharedRuns, { recursive: true, force: true });
const typeErrors = await typecheck;
if (typeErrors) console.log(`\nThe type check failed (tsc --noEmit):\n${typeErrors}`);
const layers = await dependencies;
if (layers) console.log(`\n${layers.text}`);
process.exitCode = failed || typeErrors || (layers && !layers.ok) ? 1 : 0;

/** Runs tsc --noEmit beside the tests; resolves to its errors, or '' when the types check. */
function typeCheck(): Promise<string> {
  return new Promise((resolve) => {
    const tsc = spawn(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '--noEmit'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tsc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tsc.on('close', (code) => resolve(code === 0 ? '' : output.trim() || `tsc exited ${code}`));
  });
}

/**
 * The layer rules (tests/check-dependencies.ts, as `npm run deps`) beside the tests, in a process of
 * its own like the type check; resolves to its report, and whether it passed.
 */
function dependencyCheck(): Promise<{ ok: boolean; text: string }> {
  return new Promise((resolve) => {
    const check = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/check-dependencies.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    check.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    check.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    check.on('close', (code) => resolve({ ok: code === 0, text: output.trim() || `the dependency check exited ${code}` }));
  });
}

/** Journey files first, the fault matrix (the longest, two runs at a time) before them; then contract, then unit files. */
async function testFiles(quick: boolean): Promise<string[]> {
  const folders = quick ? ['unit'] : ['journeys', 'contract', 'unit'];
  const found = await Promise.all(folders.map((folder) => glob(`tests/${folder}/*.test.ts`, { cwd: root, absolute: true })));
  const longestFirst = (file: string) => (path.basename(file).startsWith('fault-matrix') ? 0 : 1);
  return found.flatMap((each) => each.sort((a, b) => longestFirst(a) - longestFirst(b) || a.localeCompare(b)));
}
