import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkFeature, formatFeatureProblem } from '../../src/authoring/feature-check.ts';
import { journeyNames } from '../../src/authoring/journey-names.ts';
import { CHANNELS } from '../../src/authoring/journey-tag-rules.ts';
import { scaffoldJourney, type NewJourneyOptions } from '../../src/authoring/scaffold-journey.ts';
import { readStepDefinitions, stepDefinitionsIn } from '../../src/authoring/step-definitions.ts';
import { writeNewFiles } from '../../src/authoring/write-new-files.ts';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { runCli } from '../support/run-cli.ts';

const OPTIONS: NewJourneyOptions = {
  id: 'gift-card-balance',
  channels: ['web', 'email'],
  owner: 'payments',
  severity: 'medium',
  schedule: 'daily',
  ownSteps: false,
  adapter: false,
  featuresDir: 'features',
};

describe('new journey', () => {
  test('a plain journey is one feature file, tagged, whose steps all exist', async () => {
    const { files } = scaffoldJourney(OPTIONS);
    assert.deepEqual(files.map((file) => file.path), ['features/gift-card-balance.feature']);
    assert.match(files[0]!.text, /^@journey:gift-card-balance @channel:web @channel:email @owner:payments @severity:medium @schedule:daily\nFeature: Gift card balance\n/);
    assert.deepEqual(checkFeature({ file: files[0]!.path, text: files[0]!.text }, await readStepDefinitions(), ['daily']).map(formatFeatureProblem), []);
  });

  test("each channel's first scenario uses steps the catalogue has, exactly once each", async () => {
    const definitions = await readStepDefinitions();
    for (const channel of CHANNELS) {
      const [feature] = scaffoldJourney({ ...OPTIONS, channels: [channel] }).files;
      assert.deepEqual(checkFeature({ file: feature!.path, text: feature!.text }, definitions, ['daily']).map(formatFeatureProblem), [], channel);
    }
  });

  test('--steps adds a steps file and a journey class, and the feature uses the new step', async () => {
    const { files, checklist } = scaffoldJourney({ ...OPTIONS, ownSteps: true });
    assert.deepEqual(files.map((file) => file.path), ['features/gift-card-balance.feature', 'steps/gift-card-balance.steps.ts', 'journeys/gift-card-balance/gift-card-balance-journey.ts']);
    const [feature, steps] = files;
    const definitions = [...(await readStepDefinitions()), ...stepDefinitionsIn(steps!.path, steps!.text)];
    assert.deepEqual(checkFeature({ file: feature!.path, text: feature!.text }, definitions, ['daily']).map(formatFeatureProblem), []);
    assert.match(feature!.text, /\n {4}And gift card balance works as I expect\n$/);
    assert.ok(checklist.some((item) => item.startsWith('steps/gift-card-balance.steps.ts: rename "gift card balance works as I expect"')), checklist.join('\n'));
  });

  test('--adapter adds the page interface and the demo adapter, and says exactly what to register', () => {
    const { files, checklist } = scaffoldJourney({ ...OPTIONS, adapter: true });
    assert.deepEqual(files.map((file) => file.path).slice(3), ['journeys/gift-card-balance/gift-card-balance-pages.ts', 'journeys/adapters/demo-shop/gift-card-balance.ts']);
    assert.ok(checklist.some((item) => item.includes('in CompanyAdapter: giftCardBalance?: GiftCardBalancePages;')), checklist.join('\n'));
    assert.ok(checklist.some((item) => item.includes('add giftCardBalance to demoShop')), checklist.join('\n'));
  });

  test('every journey is named from its id as the scaffold names a new one: class, file and fixture', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const fixtures = await readFile(path.join(root, 'steps/fixtures.ts'), 'utf8');
    const journeys = await readJourneyCatalogue(path.join(root, 'features'));
    assert.ok(journeys.length > 0);
    for (const { id } of journeys) {
      const { pascal, camel } = journeyNames(id);
      const journey = await readFile(path.join(root, 'journeys', id, `${id}-journey.ts`), 'utf8');
      assert.match(journey, new RegExp(`^export class ${pascal}Journey \\{`, 'm'), `journeys/${id}/${id}-journey.ts: class ${pascal}Journey`);
      const steps = await readFile(path.join(root, 'steps', `${id}.steps.ts`), 'utf8');
      const fixture = new RegExp(`^  ${camel}: async \\(\\{ parts \\}, use\\) => use\\(new ${pascal}Journey\\(parts\\)\\),$`, 'm');
      assert.match(fixtures + steps, fixture, `the fixture ${camel} (steps/fixtures.ts or steps/${id}.steps.ts)`);
    }
  });

  test('writes nothing when any one of the files exists, and names it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'new-journey-'));
    const { files } = scaffoldJourney({ ...OPTIONS, ownSteps: true });
    await mkdir(path.join(root, 'steps'));
    await writeFile(path.join(root, 'steps/gift-card-balance.steps.ts'), 'mine');
    await assert.rejects(writeNewFiles(root, files), { message: 'steps/gift-card-balance.steps.ts already exists; nothing was written (choose another journey id, or move the file away)' });
    assert.equal(existsSync(path.join(root, 'features/gift-card-balance.feature')), false);
    assert.equal(await readFile(path.join(root, 'steps/gift-card-balance.steps.ts'), 'utf8'), 'mine');
  });

  test('the CLI refuses a name that is not a journey id, and a journey that exists, with exit 2 and one line', async () => {
    const badName = await runCli(['new', 'journey', 'Gift_Card']);
    assert.equal(badName.exitCode, 2);
    assert.equal(badName.output, 'mystery-shopper new: "Gift_Card" is not a journey id: use lower-case words joined by hyphens, e.g. "gift-card-balance"\n');
    const taken = await runCli(['new', 'journey', 'unsubscribe']);
    assert.equal(taken.exitCode, 2);
    assert.equal(taken.output, 'mystery-shopper new: journey "unsubscribe" exists already (features/unsubscribe.feature); nothing was written\n');
  });
});
