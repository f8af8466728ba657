import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Feature } from '@cucumber/messages';
import { ConfigError } from '../config/config-error.ts';
import { maxDurationMs, readJourneyTags } from '../reports/journey-tags.ts';
import { featuresDir } from '../runtime/paths.ts';

export interface JourneyEntry {
  id: string;
  name: string;
  file: string;
  owner?: string;
  severity?: string;
  channels: string[];
  schedules: string[];
  scenarios: Array<{ name: string; line: number }>;
}

/** Every journey in the features folder, read straight from the Gherkin (no test generation needed). */
export async function readJourneyCatalogue(folder = featuresDir()): Promise<JourneyEntry[]> {
  const files = (await readdir(folder, { recursive: true }))
    .filter((name) => name.endsWith('.feature'))
    .map((name) => path.join(folder, name));
  const journeys = await Promise.all(files.sort().map(readJourney));
  return journeys.filter((journey): journey is JourneyEntry => journey !== undefined);
}

/** The journey with this id, or a ConfigError naming the ids there are. */
export function findJourney(catalogue: JourneyEntry[], id: string): JourneyEntry {
  const journey = catalogue.find((entry) => entry.id === id);
  if (!journey) throw new ConfigError(`Unknown journey "${id}"; known journeys: ${catalogue.map((entry) => entry.id).join(', ')}`);
  return journey;
}

async function readJourney(file: string): Promise<JourneyEntry | undefined> {
  const feature = parseFeature(file, await readFile(file, 'utf8'));
  if (!feature) return undefined;
  const tags = readJourneyTags(feature.tags.map((tag) => tag.name));
  const scenarioNodes = feature.children
    .flatMap((child) => (child.rule ? child.rule.children : [child]))
    .flatMap(({ scenario }) => (scenario ? [scenario] : []));
  // A bad threshold is named now, with its file and line, not when the run's report is written.
  maxDurationMs(tags, `${file}:${feature.location.line}`);
  for (const scenario of scenarioNodes) {
    maxDurationMs(readJourneyTags(scenario.tags.map((tag) => tag.name)), `${file}:${scenario.location.line}`);
  }
  const scenarios = scenarioNodes.map((scenario) => ({ name: scenario.name, line: scenario.location.line }));
  return {
    id: tags.journey ?? path.basename(file, '.feature'),
    name: feature.name,
    file,
    owner: tags.owner,
    severity: tags.severity,
    channels: tags.channels,
    schedules: tags.schedules,
    scenarios,
  };
}

function parseFeature(file: string, text: string): Feature | undefined {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  try {
    return parser.parse(text).feature;
  } catch (error) {
    // Gherkin says "(line:column): ..." per error; name the file so that an editor can jump there.
    const errors = (error as { errors?: Error[] }).errors ?? [error as Error];
    const lines = errors.map((each) => `${file}${each.message.replace(/^\((\d+):(\d+)\)/, ':$1:$2')}`);
    throw new ConfigError(`Invalid Gherkin: ${lines.join('; ')}`);
  }
}
