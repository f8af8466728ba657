import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkedFeatures } from '../../src/authoring/checked-features.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { moduleSources } from '../../src/runtime/module-sources.ts';
import { ROOT } from '../support/run-cli.ts';

// Each test is a project of its own (its features, steps and .features-gen), as the CLI sees it from its working directory.
delete process.env.MYSTERY_SHOPPER_FEATURES;
delete process.env.MYSTERY_SHOPPER_STEPS;

const JUGGLING = '@journey:juggling @channel:web\nFeature: Juggling\n\n  Scenario: The shopper juggles\n    Given the shopper juggles 3 oranges\n';
const STEPS = "import { Given } from './fixtures.ts';\n\nGiven('the shopper juggles {int} oranges', async () => {});\n";
const CHECKS = path.join('.features-gen', 'checks');

test('the same features and steps again are answered from the cache, not checked again', async () => {
  await project({ 'features/juggling.feature': JUGGLING, 'steps/juggling.steps.ts': STEPS });
  const first = await checkedFeatures('features');
  assert.deepEqual(first.unrunnable, []);
  assert.deepEqual(
    first.catalogue.map((journey) => [journey.id, journey.name, journey.file]),
    [['juggling', 'Juggling', path.join('features', 'juggling.feature')]],
  );
  assert.deepEqual(await checkedFeatures('features'), first, 'the answer from the cache is the answer made');
  // Proof that the second answer came from the cache: what the cache says is what the run gets.
  await rewriteCached((outcome) => outcome.replace('"name":"Juggling"', '"name":"From the cache"'));
  assert.equal((await checkedFeatures('features')).catalogue[0]!.name, 'From the cache');
});

test('an answer cut short (a full disk) is not taken: the features are checked again', async () => {
  await project({ 'features/juggling.feature': JUGGLING, 'steps/juggling.steps.ts': STEPS });
  const made = await checkedFeatures('features');
  await rewriteCached((outcome) => outcome.slice(0, outcome.length / 2));
  assert.deepEqual(await checkedFeatures('features'), made);
});

test('a changed feature file is checked again: a new undefined step is found, with file and line', async () => {
  await project({ 'features/juggling.feature': JUGGLING, 'steps/juggling.steps.ts': STEPS });
  await checkedFeatures('features');
  await rewriteCached((outcome) => outcome.replace('"name":"Juggling"', '"name":"From the cache"'));
  await writeFile('features/juggling.feature', `${JUGGLING}    And the shopper drops 2 oranges\n`);
  const checked = await checkedFeatures('features');
  assert.deepEqual(checked.catalogue, []);
  assert.equal(checked.unrunnable.length, 1);
  assert.equal(checked.unrunnable[0]!.journeyName, 'Juggling', 'checked again, not the cached answer');
  assert.match(checked.unrunnable[0]!.problems[0]!, /^features\/juggling\.feature:6: undefined step "And the shopper drops 2 oranges"\. Did you mean "the shopper juggles \{int\} oranges" \(steps\/juggling\.steps\.ts:3\)\?/);
  assert.deepEqual(await checkedFeatures('features'), checked, 'the left-out file and its problems are the same from the cache');
  assert.equal((await readdir(CHECKS)).length, 2, 'one answer per set of inputs');
});

test('a changed step file is checked again: the step it no longer defines is undefined', async () => {
  await project({ 'features/juggling.feature': JUGGLING, 'steps/juggling.steps.ts': STEPS });
  assert.deepEqual((await checkedFeatures('features')).unrunnable, []);
  await writeFile('steps/juggling.steps.ts', STEPS.replace('juggles', 'throws'));
  const [left, ...more] = (await checkedFeatures('features')).unrunnable;
  assert.deepEqual(more, []);
  assert.match(left!.problems[0]!, /^features\/juggling\.feature:5: undefined step "Given the shopper juggles 3 oranges"/);
});

test('bad input gets the same error from the cache as when it was checked: a ConfigError naming file and line', async () => {
  await project({ 'features/juggling.feature': JUGGLING.replace('  Scenario:', '  @max-duration:soon\n  Scenario:'), 'steps/juggling.steps.ts': STEPS });
  const checked = await checkedFeatures('features').then(
    () => assert.fail('a bad @max-duration stops the checks'),
    (error: Error) => error,
  );
  assert.ok(checked instanceof ConfigError);
  assert.match(checked.message, /^features\/juggling\.feature:5: @max-duration:soon: "soon" is not a duration/);
  await assert.rejects(checkedFeatures('features'), (error: Error) => error instanceof ConfigError && error.message === checked.message);
  await rewriteCached((outcome) => outcome.replace('@max-duration:soon', '@max-duration:later'));
  await assert.rejects(checkedFeatures('features'), /@max-duration:later/, 'the error came from the cache');
});

test("the cache key covers the checks' own code: every project module they import", async () => {
  const sources = (await moduleSources(new URL('../../src/authoring/feature-checks.ts', import.meta.url))).map((file) => path.relative(ROOT, file));
  for (const module of ['unrunnable-features.ts', 'step-definitions.ts', 'step-suggestions.ts', 'feature-check.ts'].map((name) => path.join('src', 'authoring', name))) {
    assert.ok(sources.includes(module), `${module} in ${sources.join(', ')}`);
  }
  for (const module of ['src/catalogue/journey-catalogue.ts', 'src/catalogue/parse-gherkin.ts', 'src/config/duration.ts', 'src/text/closest-words.ts']) assert.ok(sources.includes(module), module);
});

/** A project folder with these files, made the working directory. */
async function project(files: Record<string, string>): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'checked-features-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  process.chdir(root);
}

/** Rewrites the one answer in the cache. */
async function rewriteCached(change: (outcome: string) => string): Promise<void> {
  const [file, ...more] = await readdir(CHECKS);
  assert.deepEqual(more, [], 'one answer in the cache');
  const text = await readFile(path.join(CHECKS, file!), 'utf8');
  const changed = change(text);
  assert.notEqual(changed, text, 'the rewrite changes the answer');
  await writeFile(path.join(CHECKS, file!), changed);
}
