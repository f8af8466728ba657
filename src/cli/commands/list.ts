import { readJourneyCatalogue } from '../../catalogue/journey-catalogue.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

export const LIST_USAGE = `mystery-shopper list
  Lists the journeys: id, name, owner, channels, schedules and scenarios.`;

export async function listCommand(): Promise<ExitCode> {
  const catalogue = await readJourneyCatalogue();
  for (const journey of catalogue) {
    console.log(`${journey.id} — ${journey.name}  (${journey.file})`);
    console.log(`  owner: ${journey.owner ?? '—'} · severity: ${journey.severity ?? '—'} · channels: ${journey.channels.join(', ') || '—'} · schedules: ${journey.schedules.join(', ') || '—'}`);
    for (const scenario of journey.scenarios) console.log(`  • ${scenario.name}  (${journey.file}:${scenario.line})`);
  }
  if (catalogue.length === 0) console.log('No journeys in features/. Add a .feature file to start.');
  return EXIT.ok;
}
