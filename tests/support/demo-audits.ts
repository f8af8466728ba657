import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_FAULTS, type DemoFault } from '../../demo/faults.ts';
import { ROOT, runCli } from './run-cli.ts';
import { sharedRun, type SharedRun } from './shared-run.ts';

/** What the whole demo audits below were run with, for the files that read them. */
export interface AuditSetting {
  /** Secrets of our own, fresh for each audit so that nothing left from before can match. */
  secrets: Record<string, string>;
  /** The variables the audit ran with: the planted ones, and the repository's config file with the planted card and password. */
  env: Record<string, string>;
  faults: string[];
}

/** The card the audits pay with: one of the demo sandbox's test cards, typed into the payment form. */
const PLANTED_CARD = '5555 5555 5555 4444';

/**
 * The whole demo audit with no fault, every report written, with planted secrets: read by the fault
 * matrix (every journey passes) and the secret scan (no secret in any file), made once per test run.
 */
export function healthyDemoAudit(): Promise<SharedRun<AuditSetting>> {
  return sharedRun('healthy-demo-audit', () => plantedAudit([]));
}

/**
 * The whole demo audit with the faults of one round of {@link faultRounds} switched on at once,
 * every report written, with planted secrets: read by the fault matrix (nothing leaks between
 * journeys), and the first round by the secret scan and the sharded run.
 */
export function faultRoundAudit(round: number): Promise<SharedRun<AuditSetting>> {
  const faults = faultRounds()[round];
  if (!faults) throw new Error(`There is no fault round ${round}: the demo faults make ${faultRounds().length}`);
  return sharedRun(`fault-round-${round}-demo-audit`, () => plantedAudit(faults.map((fault) => fault.name)));
}

/**
 * The demo faults in rounds for whole audits: round n switches on the n-th fault of every journey
 * that has one, so that every fault is in exactly one round and no round holds two faults of one
 * journey (which could hide a fault leaking into the other journey behind its own finding).
 */
export function faultRounds(faults: readonly DemoFault[] = DEMO_FAULTS): DemoFault[][] {
  const byJourney = new Map<string, DemoFault[]>();
  for (const fault of faults) byJourney.set(fault.caughtBy.journey, [...(byJourney.get(fault.caughtBy.journey) ?? []), fault]);
  const rounds = Math.max(0, ...[...byJourney.values()].map((each) => each.length));
  return Array.from({ length: rounds }, (_, round) => [...byJourney.values()].flatMap((each) => each.slice(round, round + 1)));
}

async function plantedAudit(faults: string[]): Promise<{ run: Awaited<ReturnType<typeof runCli>>; extra: AuditSetting }> {
  const secrets = {
    // The persona's password, typed into every sign-up and sign-in form.
    DEMO_SHOPPER_PASSWORD: `Planted-pw-${randomBytes(6).toString('hex')}`,
    // Used by nothing: catches a dump of the environment into any output.
    SHOPPER_API_KEY: `sk_test_${randomBytes(9).toString('hex')}`,
  };
  const env = { ...secrets, MYSTERY_SHOPPER_CONFIG: await plantedConfig() };
  const run = await runCli(['run', ...(faults.length > 0 ? ['--faults', faults.join(',')] : ['--demo'])], env);
  return { run, extra: { secrets: { ...secrets, card: PLANTED_CARD }, env, faults } };
}

/** The repository's configuration, with the planted card and the persona's password from the environment. */
async function plantedConfig(): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'planted-config-')), 'planted.config.mts');
  await writeFile(
    file,
    `import base from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
const demo = base.targets.demo;
export default {
  ...base,
  targets: { demo: { ...demo, payment: { card: { ...demo.payment.card, number: ${JSON.stringify(PLANTED_CARD)} } } } },
  personas: { shopper: { ...base.personas.shopper, password: process.env.DEMO_SHOPPER_PASSWORD } },
};
`,
  );
  return file;
}
