import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_FAULT_MATRIX, type ProvenFault } from './demo-fault-oracle.ts';
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
 * The whole demo audit with one fault of every journey switched on at once (the first of each in
 * demo/faults.ts), every report written, with planted secrets: read by the fault matrix (nothing
 * leaks between journeys), the secret scan (failed scenarios keep their traces) and the sharded run.
 */
export function everyJourneyFaultyAudit(): Promise<SharedRun<AuditSetting>> {
  return sharedRun('every-journey-faulty-demo-audit', () => plantedAudit(oneFaultOfEveryJourney().map((fault) => fault.name)));
}

/** The first fault of every journey that has one, in the order of demo/faults.ts. */
export function oneFaultOfEveryJourney(faults: readonly ProvenFault[] = DEMO_FAULT_MATRIX): ProvenFault[] {
  return faults.filter((fault, index) => faults.findIndex((other) => other.caughtBy.journey === fault.caughtBy.journey) === index);
}

async function plantedAudit(faults: string[]): Promise<{ run: Awaited<ReturnType<typeof runCli>>; extra: AuditSetting }> {
  const secrets = {
    // The persona's password, typed into every sign-up and sign-in form.
    DEMO_SHOPPER_PASSWORD: `Planted-pw-${randomBytes(6).toString('hex')}`,
    // Used by nothing: catches a dump of the environment into any output.
    SHOPPER_API_KEY: `sk_test_${randomBytes(9).toString('hex')}`,
    // The real number's auth token (set without its number, so no webhook starts): masked like every *_TOKEN.
    TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
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
