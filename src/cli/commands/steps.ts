import { readStepCatalogue } from '../../authoring/read-step-catalogue.ts';
import { formatStepsForTerminal, STEP_CATALOGUE_FILE } from '../../authoring/render-step-catalogue.ts';
import { filterStepCatalogue } from '../../authoring/step-catalogue.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

export const STEPS_USAGE = `mystery-shopper steps [filter]
  Prints the step catalogue: every phrase a feature can use, its channels and where it is
  defined, with an example where it takes values. The filter keeps the steps whose phrase,
  channel or file contains it. The same, as a page: ${STEP_CATALOGUE_FILE}.
  Example: mystery-shopper steps email`;

export async function stepsCommand(args: string[]): Promise<ExitCode> {
  const filter = args.join(' ').trim() || undefined;
  const catalogue = await readStepCatalogue();
  const entries = filterStepCatalogue(catalogue, filter);
  for (const line of formatStepsForTerminal(entries)) console.log(line);
  console.log(filter ? `${entries.length} of ${catalogue.length} steps match "${filter}"` : `${catalogue.length} steps`);
  return EXIT.ok;
}
