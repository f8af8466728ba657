import { readJourneyCatalogue } from '../catalogue/journey-catalogue.ts';
import { stepCatalogue, type StepCatalogueEntry } from './step-catalogue.ts';
import { readStepDefinitions } from './step-definitions.ts';

/** The project's step catalogue: its step definitions, with examples from its features. */
export async function readStepCatalogue(): Promise<StepCatalogueEntry[]> {
  const [definitions, journeys] = await Promise.all([readStepDefinitions(), readJourneyCatalogue()]);
  return stepCatalogue(definitions, journeys);
}
