import type { JourneyNames } from './journey-names.ts';

/** The tags and options a new journey starts with. */
export interface JourneyMetadata {
  names: JourneyNames;
  channels: readonly string[];
  owner: string;
  severity: string;
  schedule: string;
}

/** The feature file: journey tags, a description in the customer's words to fill in, one scenario. */
export function featureTemplate({ names, channels, owner, severity, schedule }: JourneyMetadata, steps: readonly string[]): string {
  const tags = [`@journey:${names.id}`, ...channels.map((channel) => `@channel:${channel}`), `@owner:${owner}`, `@severity:${severity}`, `@schedule:${schedule}`];
  return `${tags.join(' ')}
Feature: ${names.title}
  As a customer of the company,
  I want what I came for, the way it was promised,
  so that I can rely on it.

  Scenario: ${names.title}
${steps.map((step) => `    ${step}`).join('\n')}
`;
}

/** The step a journey with steps of its own starts with, until its author names the real ones. */
export function ownStepPhrase(names: JourneyNames): string {
  return `${names.title.toLowerCase()} works as I expect`;
}

/** steps/<id>.steps.ts: the journey's own fixture, on top of every other journey's, and its first step. */
export function stepsTemplate(metadata: JourneyMetadata): string {
  const { names, channels } = metadata;
  return `import { createBdd } from 'playwright-bdd';
import { ${names.pascal}Journey } from '../journeys/${names.id}/${names.id}-journey.ts';
import { test as base } from './fixtures.ts';

/** Every journey's parts (steps/fixtures.ts), plus this journey's. Exported: bddgen runs the features with it. */
export const test = base.extend<{ ${names.camel}: ${names.pascal}Journey }>({
  ${names.camel}: async ({ parts }, use) => use(new ${names.pascal}Journey(parts)),
});

const { Then } = createBdd(test);

/** @channel ${channels[0]} */
Then('${ownStepPhrase(names)}', async ({ ${names.camel} }) => {
  await ${names.camel}.expectWhatWasPromised();
});
`;
}

/** journeys/<id>/<id>-journey.ts: what the shopper does and expects, one method per step. */
export function journeyTemplate({ names }: JourneyMetadata): string {
  return `import type { JourneyParts } from '../journey-parts.ts';

/** ${names.title}: what the shopper does and expects, one method per step. */
export class ${names.pascal}Journey {
  constructor(private readonly parts: JourneyParts) {}

  async expectWhatWasPromised(): Promise<void> {
    // What the customer does and checks, through this.parts: page, mailbox, sms, http, shopper, target.
    // A broken experience: await this.parts.notebook.broken({ kind, customerImpact, expected, observed, evidence }).
    // An email as evidence: await this.parts.notebook.keepEmail(label, email).
    // A check due later than a run may wait: checkOrWatch(this.parts, { dueAt, maxWaitInRun, watch, checkNow }) from
    // src/findings/check-or-watch.ts leaves a watch for a later run (docs/adding-a-journey.md).
    throw new Error(\`Not written yet: what does the customer expect from \${this.parts.target.name}? Write it in journeys/${names.id}/${names.id}-journey.ts\`);
  }
}
`;
}

/** journeys/<id>/<id>-pages.ts: what the journey needs from a company's website, whatever its pages look like. */
export function pagesTemplate({ names }: JourneyMetadata): string {
  return `import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** What the ${names.id} journey needs from a website. Each company's adapter implements it. */
export interface ${names.pascal}Pages {
  /** Opens the page the customer starts from and returns what it says, as plain text. */
  open(page: Page, webUrl: string, shopper: Shopper): Promise<string>;
}
`;
}

/** journeys/adapters/demo-shop/<id>.ts: the demo company's pages for the journey (URLs and selectors live here). */
export function demoAdapterTemplate({ names }: JourneyMetadata): string {
  return `import type { ${names.pascal}Pages } from '../../${names.id}/${names.id}-pages.ts';

export const ${names.camel}: ${names.pascal}Pages = {
  async open(page, webUrl) {
    await page.goto(new URL('/', webUrl).href);
    return page.getByRole('main').innerText();
  },
};
`;
}
