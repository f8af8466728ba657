import { readJourneyCatalogue } from '../../catalogue/journey-catalogue.ts';
import { loadConfig } from '../../config/load-config.ts';
import { scheduleGroups } from '../../scheduler/schedules.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

export const LIST_USAGE = `mystery-shopper list
  Lists the journeys (id, name, owner, channels, schedules, scenarios) and the schedules with
  their next run times.`;

export async function listCommand(): Promise<ExitCode> {
  const catalogue = await readJourneyCatalogue();
  for (const journey of catalogue) {
    console.log(`${journey.id} — ${journey.name}  (${journey.file})`);
    console.log(`  owner: ${journey.owner ?? '—'} · severity: ${journey.severity ?? '—'} · channels: ${journey.channels.join(', ') || '—'} · schedules: ${journey.schedules.join(', ') || '—'}`);
    for (const scenario of journey.scenarios) console.log(`  • ${scenario.name}  (${journey.file}:${scenario.line})`);
  }
  if (catalogue.length === 0) console.log('No journeys in features/. Add a .feature file to start.');
  const groups = scheduleGroups((await loadConfig()).schedules, catalogue);
  if (groups.length > 0) console.log('\nSchedules:');
  for (const group of groups) {
    const owners = [...new Set(group.journeys.map((journey) => journey.owner ?? '—'))].join(', ');
    console.log(`  ${group.name} (${group.definition.cron}${group.definition.timezone ? ` ${group.definition.timezone}` : ''}): next ${group.nextRun()?.toISOString() ?? 'never'}`);
    console.log(`    ${group.journeys.map((journey) => journey.id).join(', ') || 'no journeys'}${group.journeys.length ? ` · owners: ${owners}` : ''}`);
  }
  return EXIT.ok;
}
