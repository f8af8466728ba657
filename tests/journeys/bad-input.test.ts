import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEMO_FAULTS } from '../../demo/faults.ts';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { ROOT, runCli, type CliRun } from '../support/run-cli.ts';

/**
 * Every bad input stops the CLI before any journey runs: exit 2, and one line naming the file and
 * line, the setting or the variable, without a stack trace.
 */
describe('bad input: one clear line and exit 2', () => {
  // A feature that cannot run is left out of the run (the others go on: tests/journeys/left-out-feature.test.ts);
  // here it is the only one, so the run stops before any scenario and says the last report is not this run's.
  test('invalid Gherkin names the feature file, line and column', async () => {
    const features = await folderWith('broken.feature', '@journey:broken\nFeature: x\n  Scenario: y\n    Given a\n  Oops this is not gherkin\n');
    const run = await runCli(['run'], { MYSTERY_SHOPPER_FEATURES: features });
    const file = path.relative(ROOT, path.join(features, 'broken.feature'));
    assertLeftOutAndStopped(run, new RegExp(`^Left out of this run \\(needs maintenance\\): ${escape(file)}:5: invalid Gherkin \\(column 3\\): .*got 'Oops this is not gherkin'`));
  });

  test('an undefined step names the feature file and line, with a suggested step definition', async () => {
    const features = await folderWith('juggling.feature', '@journey:juggling @channel:web\nFeature: Juggling\n\n  Scenario: The shopper juggles\n    Given the shopper juggles 3 oranges\n');
    const run = await runCli(['run'], { MYSTERY_SHOPPER_FEATURES: features });
    const file = path.relative(ROOT, path.join(features, 'juggling.feature'));
    assertLeftOutAndStopped(run, new RegExp(`^Left out of this run \\(needs maintenance\\): ${escape(file)}:5: undefined step "Given the shopper juggles 3 oranges"`));
    assert.match(run.output, /^\/\*\* @channel web \*\/\nGiven\('the shopper juggles \{int\} oranges', async \(\{ juggling \}, count\) => \{$/m);
  });

  test('a step two definitions match names both definitions’ files', async () => {
    const features = await folderWith('twice.feature', '@journey:twice\nFeature: Twice\n\n  Scenario: Subscribe\n    Given I have subscribed to the newsletter\n');
    const steps = await folderWith('duplicate.steps.ts', `import { Given } from '${path.join(ROOT, 'steps', 'fixtures.ts')}';\n\nGiven('I have subscribed to the newsletter', async () => {});\n`);
    const run = await runCli(['run'], { MYSTERY_SHOPPER_FEATURES: features, MYSTERY_SHOPPER_STEPS: `steps/**/*.ts,${steps}/*.ts` });
    const file = path.relative(ROOT, path.join(features, 'twice.feature'));
    assertLeftOutAndStopped(run, new RegExp(`^Left out of this run \\(needs maintenance\\): ${escape(file)}:5: ambiguous step "Given I have subscribed to the newsletter": .*duplicate\\.steps\\.ts:3.*steps/unsubscribe\\.steps\\.ts:\\d+|steps/unsubscribe\\.steps\\.ts:\\d+.*duplicate\\.steps\\.ts:3`));
  });

  test('an invalid configuration names the file and the setting', async () => {
    const config = await configWith(`targets: { ...base.targets, demo: { ...base.targets.demo, timing: { ...base.targets.demo.timing, answerSla: 'soon' } } }`);
    const run = await runCli(['run'], { MYSTERY_SHOPPER_CONFIG: config });
    assertStopped(
      run,
      `mystery-shopper run: ${path.relative(ROOT, config)}: targets.demo.timing.answerSla: "soon" is not a duration; write it like "500ms", "3s", "10m", "2h", "2d" or "1h30m"`,
    );
  });

  test('a missing .env variable is named', async () => {
    const run = await runCli(['run'], { MYSTERY_SHOPPER_MAILBOX: 'imap', IMAP_USER: '' });
    assertStopped(run, 'mystery-shopper run: Missing environment variable IMAP_USER: set it in .env (see .env.example)');
  });

  test('a bad cron expression names the schedule', async () => {
    const config = await configWith(`schedules: { ...base.schedules, hourly: { cron: '61 * * * *' } }`);
    const run = await runCli(['schedule'], { MYSTERY_SHOPPER_CONFIG: config });
    assertStopped(run, new RegExp(`^mystery-shopper schedule: ${escape(path.relative(ROOT, config))}: schedules\\.hourly\\.cron: "61 \\* \\* \\* \\*" is not a valid cron expression`));
  });

  test('an unknown fault lists the known ones', async () => {
    const run = await runCli(['run', '--faults', 'coffee-machine-broken']);
    const known = DEMO_FAULTS.map((fault) => fault.name).join(', ');
    assertStopped(run, `mystery-shopper run: Unknown demo fault "coffee-machine-broken" in --faults. Known faults: ${known}`);
  });

  test('an unknown journey id lists the known ones', async () => {
    const run = await runCli(['run', '--journey', 'buy-a-castle']);
    const known = (await readJourneyCatalogue(path.join(ROOT, 'features'))).map((journey) => journey.id).join(', ');
    assertStopped(run, `mystery-shopper run: Unknown journey "buy-a-castle"; known journeys: ${known}`);
  });

  test('an unknown target lists the known ones, and retries must be a number', async () => {
    assertStopped(await runCli(['run', '--target', 'acme']), 'mystery-shopper run: Unknown target "acme" (--target); known targets: demo');
    assertStopped(
      await runCli(['run'], { MYSTERY_SHOPPER_RETRIES: 'often' }),
      'mystery-shopper run: MYSTERY_SHOPPER_RETRIES: "often" is not a whole number of retries (e.g. 0 or 1)',
    );
  });
});

/** Exit 2, the one line (exactly, or matching), nothing else run, no stack trace. */
function assertStopped(run: CliRun, line: string | RegExp): void {
  assert.equal(run.exitCode, 2, run.output);
  const lines = run.output.trim().split('\n');
  assert.equal(lines.length, 1, run.output);
  if (typeof line === 'string') assert.equal(lines[0], line);
  else assert.match(lines[0]!, line);
}

/** Exit 2: the left-out feature named first, then that the run stopped before any scenario, no stack trace. */
function assertLeftOutAndStopped(run: CliRun, first: RegExp): void {
  assert.equal(run.exitCode, 2, run.output);
  assert.match(run.output.split('\n')[0]!, first);
  assert.match(run.output, /^Harness error: the run stopped before any scenario: every journey it selects has a feature file that cannot run; no experience report was written\.$/m);
  assertNoStackTrace(run);
}

function assertNoStackTrace(run: CliRun): void {
  assert.doesNotMatch(run.output, /^\s+at .+:\d+:\d+\)?$/m, run.output);
  assert.doesNotMatch(run.output, /^Auditing /m, 'no journey may start');
}

async function folderWith(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bad-input-'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), text);
  return dir;
}

/** The shipped config with one setting changed. */
async function configWith(change: string): Promise<string> {
  const dir = await folderWith('unused', '');
  const file = path.join(dir, 'bad.config.mts');
  await writeFile(file, `import base from '${path.join(ROOT, 'mystery-shopper.config.ts')}';\nexport default { ...base, ${change} };\n`);
  return file;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
