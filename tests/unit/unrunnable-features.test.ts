import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkProjectFeatures } from '../../src/authoring/check-project-features.ts';
import { stepSnippet } from '../../src/authoring/step-suggestions.ts';
import { readStepDefinitions, stepDefinitionsIn } from '../../src/authoring/step-definitions.ts';
import { unrunnableFeatures } from '../../src/authoring/unrunnable-features.ts';
import { leftOutFeaturePatterns, leftOutFeatures, leftOutFeaturesEnv } from '../../src/runtime/left-out-features.ts';
import { readRunMetadata, runMetadata } from '../../src/runtime/run-metadata.ts';
import { leftOutOutcomes } from '../../src/reports/left-out-outcomes.ts';
import { ROOT } from '../support/run-cli.ts';

test('a feature with an undefined step is left out with file:line, the closest steps and a snippet in the project style', async () => {
  const folder = await featuresWith({
    'track-delivery.feature': (await shipped('track-delivery.feature')).replace('Then the tracking page tells me', 'Then the traking page tells me'),
    'unsubscribe.feature': await shipped('unsubscribe.feature'),
  });
  const [left, ...more] = await unrunnableFeatures(folder, await readStepDefinitions(undefined, ROOT));
  assert.deepEqual(more, [], 'the good feature runs');
  assert.equal(left!.journeyId, 'track-delivery');
  assert.equal(left!.owner, 'logistics');
  assert.equal(left!.problems.length, 1);
  const problem = left!.problems[0]!;
  assert.match(problem, /track-delivery\.feature:9: undefined step "Then the traking page tells me in plain words when my parcel arrives"\./);
  assert.match(problem, /Did you mean "the tracking page tells me in plain words when my parcel arrives" \(steps\/track-delivery\.steps\.ts:\d+\)/);
  assert.match(problem, /\/\*\* @channel web \*\/\nThen\('the traking page tells me in plain words when my parcel arrives', async \(\{ trackDelivery \}\) => \{/);
});

test('invalid Gherkin is left out with its line; an outline step is matched per row of its examples', async () => {
  const folder = await featuresWith({
    'broken.feature': '@journey:broken\nFeature: Broken\n  Scenario: Open doc string\n    Given I have subscribed to the newsletter\n    """\n',
  });
  const [left] = await unrunnableFeatures(folder, await readStepDefinitions(undefined, ROOT));
  assert.equal(left!.journeyId, 'broken');
  assert.match(left!.problems[0]!, /broken\.feature:\d+: invalid Gherkin/);
});

test('the snippet parameters follow the step: quoted text is {string}, a number {int}, and it parses as a step with its @channel', () => {
  const snippet = stepSnippet('When', 'I pay "EUR 12.50" for 2 tickets', 'pay-and-get-ticket', 'web');
  assert.equal(snippet.split('\n')[1], "When('I pay {string} for {int} tickets', async ({ payAndGetTicket }, text, count) => {");
  const [definition] = stepDefinitionsIn('steps/x.steps.ts', snippet);
  assert.deepEqual(definition?.channels, ['web'], 'the @channel comment the fast checks want is there');
});

test('the run hands its Playwright processes (and its shards\' blobs) the files it left out, and each is one needs-maintenance outcome', () => {
  const env = leftOutFeaturesEnv([{ file: 'features/x.feature', journeyId: 'x', journeyName: 'X', channels: ['web'], tags: [], problems: ['features/x.feature:3: undefined step'] }]);
  assert.deepEqual(leftOutFeaturePatterns(env), [`!${path.resolve('features/x.feature')}`]);
  const [outcome] = leftOutOutcomes(leftOutFeatures(env));
  assert.equal(outcome!.status, 'needs-maintenance');
  assert.match(outcome!.problem!, /features\/x\.feature:3: undefined step/);
  assert.deepEqual(leftOutFeatures(leftOutFeaturesEnv([])), []);
  // A shard's blob carries them in its metadata, for the merged report.
  const metadata = runMetadata({ ...env, MYSTERY_SHOPPER_RUN_ID: 'r1' });
  assert.deepEqual(readRunMetadata(metadata)?.leftOut, leftOutFeatures(env));
});

test("npm test's feature check stays strict: the same undefined step is a problem there", async () => {
  const folder = await featuresWith({ 'track-delivery.feature': (await shipped('track-delivery.feature')).replace('Then the tracking page', 'Then the traking page') });
  const problems = await checkProjectFeatures(folder);
  assert.ok(problems.some((problem) => /undefined step/.test(problem.message)), JSON.stringify(problems));
});

async function shipped(name: string): Promise<string> {
  return readFile(path.join(ROOT, 'features', name), 'utf8');
}

async function featuresWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'unrunnable-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  return folder;
}
