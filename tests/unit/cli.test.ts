import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, type CliRun } from '../support/run-cli.ts';

// The CLI as a user meets it, through the real binary: exit code and first line of output.
// None of these runs starts a browser: each stops, or answers, before any scenario.

const COMMANDS = ['run', 'merge', 'report', 'schedule', 'ack', 'list', 'steps', 'new', 'browser-server'];

describe('help, version and did you mean', () => {
  test('--version prints the version, exit 0', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    assert.equal(run.exitCode, 0, run.output);
    assert.equal(firstLine(run), `mystery-shopper ${version}`);
  });

  test('every command has --help with its options and an example, exit 0', async () => {
    const runs = await Promise.all(COMMANDS.map((command) => runCli([command, '--help'])));
    for (const [index, run] of runs.entries()) {
      const command = COMMANDS[index]!;
      assert.equal(run.exitCode, 0, `${command}: ${run.output}`);
      assert.match(firstLine(run), new RegExp(`^mystery-shopper ${command}\\b`));
      assert.match(run.output, /Example/, `${command} --help shows an example`);
    }
    assert.match(runs[0]!.output, /--workers <n\|50%>[\s\S]*--retries <n>[\s\S]*--grep <regexp>/);
  });

  test('an unknown command or option gets the nearest one, exit 2', async () => {
    const [command, runOption, listOption, journey] = await Promise.all([
      runCli(['rnu']),
      runCli(['run', '--tagz', '@channel:email']),
      runCli(['list', '--targte', 'demo']),
      runCli(['run', '--journey', 'unsubscrbe']),
    ]);
    assertStopped(journey, /^mystery-shopper run: Unknown journey "unsubscrbe", did you mean "unsubscribe"\?; known journeys: /);
    assertStopped(command, /^Unknown command "rnu": did you mean "run"\?/);
    assertStopped(runOption, 'mystery-shopper run: unknown option --tagz for "run": did you mean --tags? (see "mystery-shopper run --help")');
    assertStopped(listOption, /^mystery-shopper list: unknown option --targte for "list": did you mean --target\?/);
  });
});

describe('run: options', () => {
  test('--target with --demo or --faults is an error, not a switch to the demo', async () => {
    const [demo, faults] = await Promise.all([runCli(['run', '--target', 'demo', '--demo']), runCli(['run', '--faults', 'ticket-not-sent', '--target', 'demo'])]);
    assertStopped(demo, 'mystery-shopper run: --target demo with --demo: the demo company is a target of its own; choose one');
    assertStopped(faults, /^mystery-shopper run: --target demo with --faults:/);
  });

  test('errors name the flag the value came from', async () => {
    const [retries, workers, grep, target, envTarget] = await Promise.all([
      runCli(['run', '--retries', 'often']),
      runCli(['run', '--workers', 'many']),
      runCli(['run', '--grep', '(']),
      runCli(['run', '--target', 'acme']),
      runCli(['run'], { MYSTERY_SHOPPER_TARGET: 'dmeo' }),
    ]);
    assertStopped(retries, 'mystery-shopper run: --retries: "often" is not a whole number of retries (e.g. 0 or 1)');
    assertStopped(workers, /^mystery-shopper run: --workers: "many" is not a number of workers/);
    assertStopped(grep, /^mystery-shopper run: --grep "\(" is not a regular expression/);
    assertStopped(target, 'mystery-shopper run: Unknown target "acme" (--target); known targets: demo');
    assertStopped(envTarget, 'mystery-shopper run: Unknown target "dmeo" (MYSTERY_SHOPPER_TARGET), did you mean "demo"?; known targets: demo');
  });
});

describe('run: a run that audits nothing does not pass', () => {
  test('a --tags typo: one line naming it, exit 2, the last report untouched', async () => {
    const reportsDir = await reportsWithEarlierRun();
    const before = await readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8');
    const run = await runCli(['run', '--tags', '@schedule:dayly'], { MYSTERY_SHOPPER_REPORTS_DIR: reportsDir });
    assertStopped(run, 'mystery-shopper run: --tags "@schedule:dayly" selects no scenario (no scenario is tagged @schedule:dayly: did you mean @schedule:daily?); nothing was run and the last report is left as it was');
    assert.equal(await readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8'), before);
  });

  test('--journey and --tags that select nothing together, and --grep that matches no scenario', async () => {
    const [together, grep] = await Promise.all([runCli(['run', '--journey', 'unsubscribe', '--tags', '@channel:phone']), runCli(['run', '--grep', 'no scenario is called this'])]);
    assertStopped(together, /^mystery-shopper run: --journey unsubscribe with --tags "@channel:phone" selects no scenario/);
    assertStopped(grep, /^mystery-shopper run: --grep "no scenario is called this" selects no scenario/);
  });

  test('a malformed tag expression: one line, exit 2, no stack trace', async () => {
    const [dangling, unmatched] = await Promise.all([runCli(['run', '--tags', '@channel:email and']), runCli(['run', '--tags', '(@channel:email'])]);
    assertStopped(dangling, 'mystery-shopper run: --tags "@channel:email and" is not a tag expression: syntax error: Expected operand.');
    assertStopped(unmatched, /^mystery-shopper run: --tags "\(@channel:email" is not a tag expression: syntax error: Unmatched \(/);
  });

  test('a run whose every selected feature cannot run stops before any scenario, leaves the last report and says so', async () => {
    const features = await mkdtemp(path.join(os.tmpdir(), 'cli-features-'));
    const shipped = await readFile(path.join(ROOT, 'features', 'track-delivery.feature'), 'utf8');
    await writeFile(path.join(features, 'track-delivery.feature'), shipped.replace('Then the tracking page', 'Then the traking page'));
    const reportsDir = await reportsWithEarlierRun();
    const before = await readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8');
    const run = await runCli(['run', '--demo'], { MYSTERY_SHOPPER_FEATURES: features, MYSTERY_SHOPPER_REPORTS_DIR: reportsDir });
    assert.equal(run.exitCode, 2, run.output);
    assert.match(firstLine(run), /^Left out of this run \(needs maintenance\): .*track-delivery\.feature:\d+: undefined step "Then the traking page/);
    assert.match(run.output, /did you mean "the tracking page tells me in plain words when my parcel arrives" \(steps\/track-delivery\.steps\.ts:\d+\)/i);
    assert.match(run.output, /Harness error: the run stopped before any scenario.*left as it was: it is run earlier-run's/);
    assert.equal(await readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8'), before);
  });

  test('a schedule no scenario is tagged with stops the daemon before it starts', async () => {
    const config = await configWith(`schedules: { ...base.schedules, dayly: { cron: '0 6 * * *' } }`);
    assertStopped(await runCli(['schedule'], { MYSTERY_SHOPPER_CONFIG: config }), /^mystery-shopper schedule: schedule "dayly" of mystery-shopper\.config\.ts: no scenario is tagged @schedule:dayly/);
  });
});

describe('list', () => {
  test('shows only the journeys a target can run, and why not the others', async () => {
    const config = await configWith(`targets: { ...base.targets, acme: { name: 'Acme', adapter: 'generic', webUrl: 'https://www.acme.example', website: { newsletterSignUp: '/newsletter' } } }`);
    const run = await runCli(['list', '--target', 'acme'], { MYSTERY_SHOPPER_CONFIG: config });
    assert.equal(run.exitCode, 0, run.output);
    assert.match(firstLine(run), /^Journeys target acme \(Acme\) can run: 2 of \d+$/);
    const [runnable, others] = run.output.split('cannot run:');
    assert.match(runnable!, /^unsubscribe — /m);
    assert.doesNotMatch(runnable!, /^rent-car — /m);
    assert.match(others!, /^ {2}rent-car: the "generic" adapter has no carRental part/m);
    const demo = await runCli(['list']);
    assert.match(firstLine(demo), /^Journeys target demo \(Demo Shop\) can run: (\d+) of \1$/);
  });
});

function firstLine(run: CliRun): string {
  return run.output.trim().split('\n')[0]!;
}

/** Exit 2, one line (exactly, or matching), no stack trace. */
function assertStopped(run: CliRun, line: string | RegExp): void {
  assert.equal(run.exitCode, 2, run.output);
  const lines = run.output.trim().split('\n');
  assert.equal(lines.length, 1, run.output);
  if (typeof line === 'string') assert.equal(lines[0], line);
  else assert.match(lines[0]!, line);
}

/** A reports folder holding an earlier run's experience report. */
async function reportsWithEarlierRun(): Promise<string> {
  const reportsDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'cli-reports-')), 'reports');
  await mkdir(path.join(reportsDir, 'experience'), { recursive: true });
  await writeFile(path.join(reportsDir, 'experience', 'report.json'), JSON.stringify({ runId: 'earlier-run', finishedAt: '2026-12-01T06:00:00.000Z', journeys: [] }));
  return reportsDir;
}

/** The shipped config with one setting changed. */
async function configWith(change: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'cli-config-')), 'cli.config.mts');
  await writeFile(file, `import base from '${path.join(ROOT, 'mystery-shopper.config.ts')}';\nexport default { ...base, ${change} };\n`);
  return file;
}
