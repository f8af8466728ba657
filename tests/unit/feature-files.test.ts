import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { glob } from 'tinyglobby';
import { checkProjectFeatures } from '../../src/authoring/check-project-features.ts';
import { checkFeature, formatFeatureProblem } from '../../src/authoring/feature-check.ts';
import { readStepDefinitions, stepDefinitionsIn } from '../../src/authoring/step-definitions.ts';

const DEFINITIONS = stepDefinitionsIn(
  'steps/shop.steps.ts',
  `import { Given, Then } from './fixtures.ts';

/** @channel web */
Given('I have a basket with {int} item(s)', async ({}, count: number) => {});

/** @channel email */
Then('my receipt arrives by email', async () => {});
Then('my receipt arrives by {word}', async () => {});
`,
);
const SCHEDULES = ['daily', 'weekly'];

describe('feature files', () => {
  test('every feature in features/ is valid Gherkin with known tags, and each step matches exactly one definition', async () => {
    assert.deepEqual((await checkProjectFeatures()).map(formatFeatureProblem), []);
  });

  test('the VS Code Cucumber extension is pointed at every feature and every step definition file', async () => {
    const settings = JSON.parse(await readFile('.vscode/settings.json', 'utf8')) as Record<'cucumber.features' | 'cucumber.glue', string[]>;
    const glued = new Set(await glob(settings['cucumber.glue']));
    const stepFiles = [...new Set((await readStepDefinitions()).map((definition) => definition.file))];
    assert.ok(stepFiles.length > 0);
    assert.deepEqual(stepFiles.filter((file) => !glued.has(file)), [], 'cucumber.glue misses step definition files');
    const featured = new Set(await glob(settings['cucumber.features']));
    assert.deepEqual((await glob('features/**/*.feature')).filter((file) => !featured.has(file)), [], 'cucumber.features misses feature files');
  });

  test('step definitions are read from source with their phrase, parameters, channels and line', () => {
    assert.deepEqual(
      DEFINITIONS.map(({ keyword, phrase, parameters, channels, line }) => ({ keyword, phrase, parameters, channels, line })),
      [
        { keyword: 'Given', phrase: 'I have a basket with {int} item(s)', parameters: [{ type: 'int', name: 'count' }], channels: ['web'], line: 4 },
        { keyword: 'Then', phrase: 'my receipt arrives by email', parameters: [], channels: ['email'], line: 7 },
        { keyword: 'Then', phrase: 'my receipt arrives by {word}', parameters: [{ type: 'word' }], channels: [], line: 8 },
      ],
    );
  });

  test('a good feature has no problems', () => {
    const text = `@journey:basket @channel:web @owner:shop @severity:low @schedule:daily
Feature: My basket
  @max-duration:2m
  Scenario: Fill the basket
    Given I have a basket with 3 items
`;
    assert.deepEqual(checkFeature({ file: 'features/basket.feature', text }, DEFINITIONS, SCHEDULES), []);
  });

  test('each problem names the file and the line: tags, journey id, undefined and ambiguous steps', () => {
    const text = `@journey:receipts @channel:fax @severity:urgent @schedule:hourly @flaky
Feature: My receipt

  Scenario: Pay and get a receipt
    Given I have a basket with 1 item
    When I pay at the till
    Then my receipt arrives by email
`;
    const problems = checkFeature({ file: 'features/receipt.feature', text }, DEFINITIONS, SCHEDULES).map(formatFeatureProblem);
    assert.deepEqual(problems, [
      'features/receipt.feature:1: @channel:fax: unknown channel (known: web, email, sms, phone, api)',
      'features/receipt.feature:1: @severity:urgent: unknown severity (known: critical, high, medium, low)',
      'features/receipt.feature:1: @schedule:hourly: no such schedule in mystery-shopper.config.ts (known: daily, weekly)',
      'features/receipt.feature:1: unknown tag @flaky (known: @journey:<id> @channel:web|email|sms|phone|api @owner:<team> @severity:critical|high|medium|low @schedule:daily|weekly @max-duration:<duration> @pays @skip @fixme @only @slow @fail)',
      'features/receipt.feature:2: the feature has no @owner:<…> tag',
      'features/receipt.feature:2: @journey:receipts does not match the file name: call the file receipts.feature, or tag it @journey:receipt',
      'features/receipt.feature:6: undefined step "When I pay at the till": no step definition matches it (see docs/steps.md or "mystery-shopper steps")',
      'features/receipt.feature:7: ambiguous step "Then my receipt arrives by email": 2 step definitions match it (steps/shop.steps.ts:7, steps/shop.steps.ts:8)',
    ]);
  });

  test('invalid Gherkin names the line', () => {
    const text = '@journey:broken @channel:web @owner:shop @severity:low @schedule:daily\nFeature: Broken\n  Scenario: y\n    Given I have a basket with 1 item\n  Oops this is not gherkin\n';
    const [problem, ...rest] = checkFeature({ file: 'features/broken.feature', text }, DEFINITIONS, SCHEDULES).map(formatFeatureProblem);
    assert.match(problem!, /^features\/broken\.feature:5: invalid Gherkin \(column 3\): expected: #EOF, .*, got 'Oops this is not gherkin'$/);
    assert.deepEqual(rest, []);
  });

  test('a scenario outline is checked once per row of its examples', () => {
    const text = `@journey:outline @channel:web @owner:shop @severity:low @schedule:daily
Feature: Outline
  Scenario Outline: Baskets
    Given I have a basket with <count> items
    Examples:
      | count |
      | 2     |
      | many  |
`;
    const problems = checkFeature({ file: 'features/outline.feature', text }, DEFINITIONS, SCHEDULES).map(formatFeatureProblem);
    assert.deepEqual(problems, ['features/outline.feature:4: undefined step "Given I have a basket with many items": no step definition matches it (see docs/steps.md or "mystery-shopper steps")']);
  });
});
