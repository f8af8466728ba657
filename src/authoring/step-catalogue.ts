import type { JourneyEntry } from '../catalogue/journey-catalogue.ts';
import type { StepDefinition } from './step-definitions.ts';
import { StepMatcher } from './step-matcher.ts';

/** A step definition as a QA engineer looks it up: with a line of Gherkin that uses it. */
export interface StepCatalogueEntry extends StepDefinition {
  /** From a feature that uses the step; else written from the phrase. */
  example: string;
}

/** Every step definition with an example line, in the order of their files. */
export function stepCatalogue(definitions: readonly StepDefinition[], journeys: readonly JourneyEntry[]): StepCatalogueEntry[] {
  const used = usedSteps(definitions, journeys);
  return definitions.map((definition) => ({ ...definition, example: used.get(definition) ?? `${definition.keyword} ${exampleText(definition)}` }));
}

/** The entries whose phrase, channels or file contain the filter (any case). */
export function filterStepCatalogue(entries: readonly StepCatalogueEntry[], filter: string | undefined): StepCatalogueEntry[] {
  if (!filter) return [...entries];
  const wanted = filter.toLowerCase();
  return entries.filter((entry) => [entry.phrase, entry.example, entry.file, ...entry.channels].some((text) => text.toLowerCase().includes(wanted)));
}

/** The first line of the features that each definition matches, with a Given/When/Then keyword. */
function usedSteps(definitions: readonly StepDefinition[], journeys: readonly JourneyEntry[]): Map<StepDefinition, string> {
  const matcher = new StepMatcher(definitions);
  const used = new Map<StepDefinition, string>();
  for (const line of journeys.flatMap((journey) => journey.scenarios.flatMap((scenario) => scenario.steps))) {
    const [keyword, ...words] = line.split(' ');
    const text = words.join(' ');
    for (const definition of matcher.matches(text)) {
      // "And"/"But" take their meaning from the line before; the example stands alone.
      if (!used.has(definition)) used.set(definition, `${keyword === 'And' || keyword === 'But' ? definition.keyword : keyword} ${text}`);
    }
  }
  return used;
}

const SAMPLE_VALUES: Record<string, string> = { int: '3', float: '2.5', word: 'compact', string: '"some text"', bigdecimal: '9.99', double: '2.5', anonymous: 'something' };

/** A Cucumber expression written out: optional text left out, the first alternative, sample values. */
function exampleText(definition: StepDefinition): string {
  if (definition.isRegExp) return definition.phrase;
  return definition.phrase
    .replace(/\{([^}]*)\}/g, (_whole, type: string) => SAMPLE_VALUES[type || 'anonymous'] ?? `<${type}>`)
    .replace(/\([^)]*\)/g, '')
    .replace(/(\S+)(?:\/\S+)+/g, '$1');
}
