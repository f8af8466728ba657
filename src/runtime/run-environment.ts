/**
 * What the run's global setup started and decided, handed to the Playwright workers and
 * reporters through one environment variable (workers are separate processes).
 */
export interface RunEnvironment {
  runId: string;
  startedAt: string;
  target: { id: string; name: string; webUrl?: string; allowedOrigins: string[] };
  /** Demo faults switched on for this run (empty for a real company). */
  faults: string[];
  dataDir: string;
  /**
   * Where scenarios leave the due times of watches judged at the end of the run (end-of-run-waits.ts);
   * none in a shard, whose scenarios judge their checks themselves.
   */
  endOfRunWaits?: string;
  mailbox: { kind: 'local'; storeDir: string; smtp: { host: string; port: number } };
  sms: { kind: 'local'; storeDir: string; gatewayUrl: string };
  /** The payment ledger of a company the run started (the demo's gateway), with a read-only key. */
  paymentLedger?: { kind?: string; url: string; apiKey: string };
}

const VARIABLE = 'MYSTERY_SHOPPER_RUN';

export function publishRunEnvironment(run: RunEnvironment): void {
  process.env[VARIABLE] = JSON.stringify(run);
}

export function findRunEnvironment(): RunEnvironment | undefined {
  const value = process.env[VARIABLE];
  return value ? (JSON.parse(value) as RunEnvironment) : undefined;
}

export function currentRunEnvironment(): RunEnvironment {
  const run = findRunEnvironment();
  if (!run) throw new Error(`${VARIABLE} is not set: journeys run through "npx mystery-shopper run" or "npx playwright test", whose global setup sets it`);
  return run;
}
