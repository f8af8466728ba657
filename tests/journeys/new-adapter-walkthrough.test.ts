import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openLampbutikenLab } from '../support/lampbutiken-lab.ts';
import { copyOfProject, NOT_COPIED } from '../support/project-copy.ts';
import { ROOT, runCli, type CliRun } from '../support/run-cli.ts';

const NAME = 'my-lamp-shop';
const FOLDER = path.join('journeys', 'adapters', NAME);

/**
 * A QA engineer adds an adapter for a shop the harness has never seen (Lampbutiken, an API-only
 * lamp shop paid through Stripe) as the scaffold says: `new adapter`, fill in its checkout, name
 * it in a config file. Nothing outside the adapter's folder is edited, and pay-and-get-ticket runs
 * against the shop, passing when it is healthy and catching its double charge.
 */
test(`new adapter ${NAME}: scaffolded, filled in, named in the config, and nothing else edited, audits an API shop`, async () => {
  const project = await copyOfProject('new-adapter-');
  const lab = await openLampbutikenLab(NAME);
  try {
    const before = await fingerprint(project);
    const scaffold = await cli(project, ['new', 'adapter', NAME], {});
    assert.equal(scaffold.exitCode, 0, scaffold.output);
    assert.match(scaffold.output, new RegExp(`created ${FOLDER}/index.ts`));
    assert.match(scaffold.output, new RegExp(`created ${FOLDER}/checkout.ts`));

    // Not written yet: the run says which method to write, and blames nobody.
    const unwritten = await cli(project, ['run', '--journey', 'pay-and-get-ticket', '--no-pdf', '--no-allure', '--', '--trace', 'off'], lab.env);
    const unwrittenReport = await unwritten.report();
    assert.equal(unwrittenReport.journeys[0]?.status, 'needs-maintenance', unwritten.output);
    assert.match(unwrittenReport.journeys[0]?.scenarios[0]?.problem ?? '', new RegExp(`${FOLDER}/checkout.ts: openAccount is not written yet`));

    // Fill in the checkout: here, the one the project's own Lampbutiken adapter has.
    await writeFile(path.join(project, FOLDER, 'checkout.ts'), await readFile(path.join(ROOT, 'journeys', 'adapters', 'lampbutiken', 'checkout.ts'), 'utf8'));
    const healthy = await cli(project, ['run', '--journey', 'pay-and-get-ticket', '--no-pdf', '--no-allure', '--', '--trace', 'off'], lab.env);
    const report = await healthy.report();
    assert.equal(report.journeys[0]?.status, 'passed', healthy.output);
    assert.equal(healthy.exitCode, 0, healthy.output);

    lab.lampbutiken.faults.set(['double-charge']);
    const faulty = await cli(project, ['run', '--journey', 'pay-and-get-ticket', '--no-pdf', '--no-allure', '--', '--trace', 'off'], lab.env);
    assert.deepEqual((await faulty.report()).journeys[0]?.findings.map((finding) => finding.kind), ['double-charge'], faulty.output);

    // Only the adapter's folder is new, and no other file of the project changed.
    const after = await fingerprint(project);
    const added = [...after.keys()].filter((file) => !before.has(file)).sort();
    assert.deepEqual(added, [path.join(FOLDER, 'checkout.ts'), path.join(FOLDER, 'index.ts')]);
    assert.deepEqual([...before].filter(([file, hash]) => after.get(file) !== hash).map(([file]) => file), [], 'files edited outside the adapter\'s folder');
  } finally {
    await lab.stop();
    await rm(project, { recursive: true, force: true });
  }
});

/** Every file of the project (what runs make left out) and a hash of its content. */
async function fingerprint(project: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(project, { recursive: true, withFileTypes: true })) {
    const file = path.relative(project, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || NOT_COPIED.has(file.split(path.sep)[0]!)) continue;
    files.set(file, createHash('sha256').update(await readFile(path.join(project, file))).digest('hex'));
  }
  return files;
}

/** The copy's own CLI, run in the copy as its engineer would, without this project's own choice of features, steps or target. */
function cli(project: string, args: string[], extraEnv: NodeJS.ProcessEnv): Promise<CliRun> {
  return runCli(args, { MYSTERY_SHOPPER_FEATURES: undefined, MYSTERY_SHOPPER_STEPS: undefined, MYSTERY_SHOPPER_TARGET: undefined, ...extraEnv }, project);
}
