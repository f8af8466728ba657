import path from 'node:path';
import { journeyNames } from './journey-names.ts';
import { demoAdapterTemplate, featureTemplate, journeyTemplate, ownStepPhrase, pagesTemplate, stepsTemplate, type JourneyMetadata } from './journey-templates.ts';
import type { CHANNELS } from './journey-tag-rules.ts';
import { STARTER_STEPS } from './starter-steps.ts';

/** The owner a journey has until its author names one. */
export const DEFAULT_OWNER = 'unassigned';

export interface NewJourneyOptions {
  id: string;
  /** The feature's title; default from the id ("welcome-offer" → "Welcome offer"). */
  name?: string;
  channels: ReadonlyArray<(typeof CHANNELS)[number]>;
  owner: string;
  severity: string;
  schedule: string;
  /** A steps file and a journey class of its own, for phrases the catalogue does not have. */
  ownSteps: boolean;
  /** A page interface and the demo company's adapter for it (implies ownSteps). */
  adapter: boolean;
  /** Where features and steps live, relative to the project root. */
  featuresDir: string;
}

export interface NewFile {
  path: string;
  text: string;
}

/** The files a new journey starts with, and what is left for its author to do. Writes nothing. */
export function scaffoldJourney(options: NewJourneyOptions): { files: NewFile[]; checklist: string[] } {
  const names = journeyNames(options.id);
  const metadata: JourneyMetadata = { names: options.name ? { ...names, title: options.name } : names, channels: options.channels, owner: options.owner, severity: options.severity, schedule: options.schedule };
  const ownSteps = options.ownSteps || options.adapter;
  const starter = STARTER_STEPS[options.channels[0]!];
  const steps = [...starter, ...(ownSteps ? [`${starter.at(-1)!.startsWith('Then') ? 'And' : 'Then'} ${ownStepPhrase(metadata.names)}`] : [])];
  const file = {
    feature: path.join(options.featuresDir, `${names.id}.feature`),
    steps: path.join('steps', `${names.id}.steps.ts`),
    journey: path.join('journeys', names.id, `${names.id}-journey.ts`),
    pages: path.join('journeys', names.id, `${names.id}-pages.ts`),
    demoAdapter: path.join('journeys', 'adapters', 'demo-shop', `${names.id}.ts`),
  };
  const files: NewFile[] = [
    { path: file.feature, text: featureTemplate(metadata, steps) },
    ...(ownSteps ? [{ path: file.steps, text: stepsTemplate(metadata) }, { path: file.journey, text: journeyTemplate(metadata) }] : []),
    ...(options.adapter ? [{ path: file.pages, text: pagesTemplate(metadata) }, { path: file.demoAdapter, text: demoAdapterTemplate(metadata) }] : []),
  ];
  const checklist = [
    `${file.feature}: say in the customer's words what they want and why (the "As a … I want … so that …" lines), and write the scenarios with the steps there are: "npx mystery-shopper steps [word]" or docs/steps.md`,
    ...(options.owner === DEFAULT_OWNER ? [`${file.feature}: name the team that owns the journey: @owner:${DEFAULT_OWNER} → @owner:<team>`] : []),
    ...(ownSteps
      ? [
          `${file.steps}: rename "${ownStepPhrase(metadata.names)}" to the step your customer would say, and add one definition per new phrase, each with its /** @channel … */ comment`,
          `${file.journey}: write what the shopper does and expects; a broken experience is this.parts.notebook.broken({ kind, customerImpact, expected, observed, evidence })`,
        ]
      : []),
    ...(options.adapter
      ? [
          `${file.pages} and ${file.demoAdapter}: name what the journey needs from a website, and drive the demo company's pages (selectors belong here only)`,
          `journeys/adapters/company-adapter.ts: register the part, in CompanyAdapter: ${metadata.names.camel}?: ${metadata.names.pascal}Pages; (import type { ${metadata.names.pascal}Pages } from '../${names.id}/${names.id}-pages.ts';)`,
          `journeys/adapters/demo-shop/index.ts: add ${metadata.names.camel} to demoShop (import { ${metadata.names.camel} } from './${names.id}.ts';); the journey then reaches it with websitePart(this.parts, '${metadata.names.camel}')`,
        ]
      : []),
    `Run it against the demo company: npx mystery-shopper run --demo --journey ${names.id} (add --headed to watch the browser, or use npm run ui)`,
    'Prove it catches what it is for: add a fault to demo/faults.ts, and to tests/support/demo-fault-oracle.ts this journey and the finding kind (docs/adding-a-journey.md)',
  ];
  return { files, checklist };
}
