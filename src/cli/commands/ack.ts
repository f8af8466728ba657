import { existsSync } from 'node:fs';
import { ConfigError } from '../../config/config-error.ts';
import { loadConfig, selectTarget } from '../../config/load-config.ts';
import type { Acknowledgement } from '../../report-model/known-issue.ts';
import { openRunStore, storePath, type TargetHistory } from '../../store/run-store.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';

export const ACK_USAGE = `mystery-shopper ack <journey> --reason "…" [--ticket URL] [--until DATE] [--target <id>]
mystery-shopper ack --list | --remove <journey> [--target <id>]
  Acknowledges a failing journey as a known issue: it stays broken in the report, marked "known,
  since …, ticket …", and alerts stay quiet for it until it passes, the acknowledgement expires, or a
  finding of another kind appears. Kept per target in the run store.
  --reason <text>  why it is known (required)
  --ticket <URL>   where its repair is tracked
  --until <DATE>   when the acknowledgement ends: a date (through that day, UTC) or a time (2026-12-24T18:00+01:00)
  --list           the target's known issues
  --remove <id>    ends a journey's acknowledgement
  --target <id>    a target of mystery-shopper.config.ts (default: MYSTERY_SHOPPER_TARGET, else its defaultTarget)
  Example: mystery-shopper ack checkout --reason "Payment provider outage" --ticket https://jira.example/OPS-12 --until 2026-12-24`;

export async function ackCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseOptions(
    'ack',
    args,
    { reason: { type: 'string' }, ticket: { type: 'string' }, until: { type: 'string' }, list: { type: 'boolean' }, remove: { type: 'string' }, target: { type: 'string' } },
    true,
  );
  const { id } = selectTarget(await loadConfig(), values.target, values.target !== undefined ? '--target' : undefined);
  const journeyId = positionals[0];
  if (positionals.length > 1) throw new ConfigError(`one journey at a time, not ${positionals.join(', ')} (see "mystery-shopper ack --help")`);
  if (!values.list && values.remove === undefined && !journeyId) throw new ConfigError('name a journey to acknowledge, or use --list or --remove (see "mystery-shopper ack --help")');
  if (!process.env.DATABASE_URL && !existsSync(storePath())) throw new ConfigError(`No run store at ${storePath()}: run "mystery-shopper run" first, or set MYSTERY_SHOPPER_STORE to the store`);
  const store = await openRunStore();
  try {
    const history = store.forTarget(id);
    if (values.list) return await list(history, id);
    if (values.remove !== undefined) return await remove(history, id, values.remove);
    return await acknowledge(history, id, journeyId!, values);
  } finally {
    await store.close();
  }
}

async function list(history: TargetHistory, targetId: string): Promise<ExitCode> {
  const acks = await history.acknowledgements();
  console.log(`Known issues of target ${targetId}: ${acks.length === 0 ? 'none' : acks.length}`);
  for (const ack of acks) console.log(`  ${ack.journeyId} (${ack.kinds.join(', ') || 'no finding'}): ${describe(ack)}`);
  return EXIT.ok;
}

async function remove(history: TargetHistory, targetId: string, journeyId: string): Promise<ExitCode> {
  if (!(await history.removeAcknowledgement(journeyId))) throw new ConfigError(`${journeyId} has no acknowledgement on target ${targetId} (see "mystery-shopper ack --list")`);
  console.log(`Acknowledgement of ${journeyId} on target ${targetId} removed: its failures alert again.`);
  return EXIT.ok;
}

async function acknowledge(history: TargetHistory, targetId: string, journeyId: string, options: { reason?: string; ticket?: string; until?: string }): Promise<ExitCode> {
  if (!options.reason?.trim()) throw new ConfigError('--reason is required: say why the issue is known (see "mystery-shopper ack --help")');
  if (options.ticket !== undefined && !/^https?:$/.test(URL.canParse(options.ticket) ? new URL(options.ticket).protocol : '')) throw new ConfigError(`--ticket must be an http(s) URL, not "${options.ticket}"`);
  const now = new Date();
  const until = options.until === undefined ? undefined : untilTime(options.until, now);
  const latest = await history.latestResult(journeyId);
  if (!latest) throw new ConfigError(`${journeyId} has no recorded run against target ${targetId}: only a journey seen failing can be acknowledged`);
  if (latest.status === 'passed') throw new ConfigError(`${journeyId} passed in its latest run (${latest.runId}): there is nothing to acknowledge`);
  const ack: Acknowledgement = { journeyId, reason: options.reason.trim(), ...(options.ticket ? { ticket: options.ticket } : {}), since: now.toISOString(), ...(until ? { until } : {}), kinds: latest.kinds };
  await history.acknowledge(ack);
  console.log(`Acknowledged ${journeyId} on target ${targetId} (${latest.status} in run ${latest.runId}): ${describe(ack)}`);
  console.log(`Alerts stay quiet for it until it passes${until ? `, until ${until}` : ''}, or a finding of another kind than ${ack.kinds.join(', ') || 'none'} appears.`);
  return EXIT.ok;
}

function describe(ack: Acknowledgement): string {
  return [`known since ${ack.since}`, ack.ticket && `ticket ${ack.ticket}`, ack.until && `until ${ack.until}`, ack.reason].filter(Boolean).join(', ');
}

/** A date alone means through that day (UTC); a time must say its zone or is read as UTC. It must be later than now. */
export function untilTime(text: string, now: Date): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = dateOnly ? Date.parse(`${text}T00:00:00Z`) + 86_400_000 : Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(time)) throw new ConfigError(`--until must be a date (2026-12-24) or a time (2026-12-24T18:00+01:00), not "${text}"`);
  if (time <= now.getTime()) throw new ConfigError(`--until ${text} has already passed`);
  return new Date(time).toISOString();
}
