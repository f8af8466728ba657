import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Feature, Scenario, Step } from '@cucumber/messages';
import { ConfigError } from '../config/config-error.ts';
import { maxDurationMs, readJourneyTags } from './journey-tags.ts';
import { featuresDir } from '../runtime/paths.ts';
import { parseGherkin } from './parse-gherkin.ts';

export interface JourneyEntry {
  id: string;
  name: string;
  file: string;
  owner?: string;
  severity?: string;
  channels: string[];
  schedules: string[];
  /** Pays for something: marked @pays on the feature (the dry run says with which card, within which cap). */
  pays: boolean;
  scenarios: ScenarioEntry[];
}

export interface ScenarioEntry {
  name: string;
  line: number;
  /** The feature's, rule's and scenario's tags, for tag expressions. */
  tags: string[];
  /** What the shopper does, in the customer's words: background steps first ("Given I have …"). */
  steps: string[];
}

/**
 * Every journey in the features folder, read straight from the Gherkin (no test generation needed),
 * but the files `leaveOut` names (those a run leaves out as it cannot run them).
 */
export async function readJourneyCatalogue(folder = featuresDir(), leaveOut: readonly string[] = []): Promise<JourneyEntry[]> {
  const left = new Set(leaveOut.map((file) => path.resolve(file)));
  const files = (await readdir(folder, { recursive: true }))
    .filter((name) => name.endsWith('.feature'))
    .map((name) => path.join(folder, name))
    .filter((file) => !left.has(path.resolve(file)));
  const journeys = await Promise.all(files.sort().map(readJourney));
  return journeys.filter((journey): journey is JourneyEntry => journey !== undefined);
}

async function readJourney(file: string): Promise<JourneyEntry | undefined> {
  const feature = parseFeature(file, await readFile(file, 'utf8'));
  if (!feature) return undefined;
  const featureTags = feature.tags.map((tag) => tag.name);
  const tags = readJourneyTags(featureTags);
  const scenarioNodes = scenariosOf(feature);
  // A bad threshold is named now, with its file and line, not when the run's report is written.
  maxDurationMs(tags, `${file}:${feature.location.line}`);
  for (const { scenario } of scenarioNodes) {
    maxDurationMs(readJourneyTags(scenario.tags.map((tag) => tag.name)), `${file}:${scenario.location.line}`);
  }
  const scenarios = scenarioNodes.map(({ scenario, ruleTags, background }) => ({
    name: scenario.name,
    line: scenario.location.line,
    tags: [...featureTags, ...ruleTags, ...scenario.tags.map((tag) => tag.name)],
    steps: [...background, ...scenario.steps].map(stepText),
  }));
  return {
    id: tags.journey ?? path.basename(file, '.feature'),
    name: feature.name,
    file,
    owner: tags.owner,
    severity: tags.severity,
    channels: tags.channels,
    schedules: tags.schedules,
    pays: featureTags.includes('@pays'),
    scenarios,
  };
}

/** Every scenario with the tags of its rule and the background steps that run before it. */
function scenariosOf(feature: Feature): Array<{ scenario: Scenario; ruleTags: string[]; background: readonly Step[] }> {
  const featureBackground = feature.children.flatMap((child) => child.background?.steps ?? []);
  return feature.children.flatMap((child) => {
    if (child.scenario) return [{ scenario: child.scenario, ruleTags: [], background: featureBackground }];
    if (!child.rule) return [];
    const ruleTags = child.rule.tags.map((tag) => tag.name);
    const background = [...featureBackground, ...child.rule.children.flatMap((ruleChild) => ruleChild.background?.steps ?? [])];
    return child.rule.children.flatMap(({ scenario }) => (scenario ? [{ scenario, ruleTags, background }] : []));
  });
}

function stepText(step: Step): string {
  return `${step.keyword.trim()} ${step.text}`;
}

function parseFeature(file: string, text: string): Feature | undefined {
  const { feature, errors } = parseGherkin(text);
  // Name the file with each error's line and column, so that an editor can jump there.
  if (errors.length > 0) throw new ConfigError(`Invalid Gherkin: ${errors.map((error) => `${file}:${error.line}:${error.column}: ${error.message}`).join('; ')}`);
  return feature;
}
