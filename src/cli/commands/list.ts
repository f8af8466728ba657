import { existsSync } from 'node:fs';
import { readJourneyCatalogue, type JourneyEntry } from '../../catalogue/journey-catalogue.ts';
import { loadConfig, selectTarget } from '../../config/load-config.ts';
import { nextMaintenance } from '../../config/maintenance-windows.ts';
import { scheduleGroups } from '../../scheduler/schedules.ts';
import { openRunStore, storePath } from '../../store/run-store.ts';
import type { CliWiring } from '../cli-wiring.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';

export const LIST_USAGE = `mystery-shopper list [--target <id>]
  Lists the journeys the target can run (id, name, owner, channels, schedules, scenarios), then
  those it cannot and why, the schedules with their next run times, the next maintenance window, and the watches (verdicts due
  later) the target's runs left open in the run store.
  --target <id>  a target of mystery-shopper.config.ts (default: MYSTERY_SHOPPER_TARGET, else its defaultTarget)
  Example: mystery-shopper list --target acme`;

export async function listCommand(args: string[], wiring: CliWiring = {}): Promise<ExitCode> {
  const { values } = parseOptions('list', args, { target: { type: 'string' } });
  const config = await loadConfig();
  const { id, target } = selectTarget(config, values.target, values.target !== undefined ? '--target' : undefined);
  const catalogue = await readJourneyCatalogue();
  const reasons = new Map<JourneyEntry, string | undefined>();
  for (const journey of catalogue) reasons.set(journey, await wiring.whyJourneyCannotRun?.(journey.id, { id, config: target }));
  const why = (journey: JourneyEntry) => reasons.get(journey);
  const runnable = catalogue.filter((journey) => !why(journey));
  console.log(`Journeys target ${id} (${target.name}) can run: ${runnable.length} of ${catalogue.length}`);
  for (const journey of runnable) {
    console.log(`${journey.id} — ${journey.name}  (${journey.file})`);
    console.log(`  owner: ${journey.owner ?? '—'} · severity: ${journey.severity ?? '—'} · channels: ${journey.channels.join(', ') || '—'} · schedules: ${journey.schedules.join(', ') || '—'}`);
    for (const scenario of journey.scenarios) console.log(`  • ${scenario.name}  (${journey.file}:${scenario.line})`);
  }
  if (catalogue.length === 0) console.log('No journeys in features/. Add a .feature file to start.');
  const others = catalogue.filter((journey) => why(journey));
  if (others.length > 0) console.log(`\nJourneys target ${id} cannot run:`);
  for (const journey of others) console.log(`  ${journey.id}: ${why(journey)}`);
  const groups = scheduleGroups(config.schedules, runnable);
  if (groups.length > 0) console.log('\nSchedules:');
  for (const group of groups) {
    const owners = [...new Set(group.journeys.map((journey) => journey.owner ?? '—'))].join(', ');
    console.log(`  ${group.name} (${group.definition.cron}${group.definition.timezone ? ` ${group.definition.timezone}` : ''}): next ${group.nextRun()?.toISOString() ?? 'never'}`);
    console.log(`    ${group.journeys.map((journey) => journey.id).join(', ') || 'no journeys'}${group.journeys.length ? ` · owners: ${owners}` : ''}`);
  }
  const next = nextMaintenance(target.maintenance, new Date());
  if (target.maintenance.length > 0) console.log(`\nMaintenance windows: ${target.maintenance.length}; next: ${next ? `${next.window}, ${next.from} until ${next.until}` : 'none ahead'}`);
  await listWatches(id);
  return EXIT.ok;
}

/** The checks earlier runs against the target left for later runs, soonest due first; nothing when no run was recorded yet. */
async function listWatches(targetId: string): Promise<void> {
  if (!process.env.DATABASE_URL && !existsSync(storePath())) return;
  const store = await openRunStore();
  try {
    const watches = (await store.forTarget(targetId).openWatches()).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    console.log(`\nWatches (verdicts due later) of target ${targetId} in ${store.location}: ${watches.length === 0 ? 'none open' : `${watches.length} open`}`);
    const now = Date.now();
    for (const watch of watches) {
      const due = Date.parse(watch.dueAt) <= now ? 'due now: the next run judges it' : `due ${watch.dueAt}`;
      console.log(`  ${watch.journey} (${watch.kind}): ${watch.check} — ${due} · left by run ${watch.runId}`);
    }
  } finally {
    await store.close();
  }
}
