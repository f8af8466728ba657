import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { FullConfig, FullResult } from '@playwright/test/reporter';
import Database from 'better-sqlite3';
import { MessageStore } from '../../src/channels/email/message-store.ts';
import type { Watch } from '../../src/findings/watches.ts';
import { exitCodeOf } from '../../src/cli/report-exit-code.ts';
import ExperienceReporter from '../../src/reports/experience-reporter.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import type { RunEnvironment } from '../../src/runtime/run-environment.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { runReport } from '../support/run-reports.ts';
import { registerJourneys } from '../../journeys/register-journeys.ts';

// The experience reporter judges with the journeys' judges, registered as playwright.config.ts registers them.
registerJourneys();

const HOUR = 3_600_000;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);
const address = 'sam+old-run-1@shopper.test';

let dataDir: string;
let mailboxDir: string;
let reportsDir: string;
let storeFile: string;

beforeEach(async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'due-watches-'));
  dataDir = path.join(scratch, 'data');
  mailboxDir = path.join(dataDir, 'mailbox');
  reportsDir = path.join(scratch, 'reports');
  storeFile = path.join(dataDir, 'history.sqlite');
  process.env.MYSTERY_SHOPPER_REPORTS_DIR = reportsDir;
  process.env.MYSTERY_SHOPPER_STORE = storeFile;
  // No PDF: these tests read report.json; experience-report-view.test.ts proves the PDF.
  process.env.MYSTERY_SHOPPER_PDF = 'false';
});
afterEach(() => {
  delete process.env.MYSTERY_SHOPPER_RUN;
  delete process.env.MYSTERY_SHOPPER_REPORTS_DIR;
  delete process.env.MYSTERY_SHOPPER_STORE;
  delete process.env.MYSTERY_SHOPPER_PDF;
});

/** The experience reporter, at the end of a later run, judges the watches earlier runs left in the store. */
describe('watches due from earlier runs', () => {
  test('marketing mail after the grace period breaks the opt-out, in the report of the run that judged it', async () => {
    await optOutAwaited();
    await receive({ subject: 'Spring offers', marketing: true, at: ago(60 * HOUR) }); // before the grace period ended
    await receive({ subject: 'This week at Demo Shop', marketing: true, at: ago(12 * HOUR) });

    const report = await reportRun();
    const [judgedWatch, ...more] = report.resolvedVerdicts ?? [];
    assert.equal(more.length, 0);
    assert.equal(judgedWatch?.status, 'broken');
    assert.equal(judgedWatch.runId, 'old-run');
    assert.equal(judgedWatch.finding?.kind, 'opt-out-ignored');
    assert.equal(judgedWatch.finding.customerImpact, 'I unsubscribed from Demo Shop, yet its offers keep arriving');
    assert.equal(judgedWatch.finding.expected, 'No marketing email after the 2 days grace period');
    assert.match(judgedWatch.finding.observed, /^"This week at Demo Shop" arrived 2\.5 days after I unsubscribed$/);

    const journey = report.journeys.find((candidate) => candidate.id === 'unsubscribe');
    assert.equal(journey?.status, 'broken');
    assert.equal(journey.owner, 'marketing'); // from the journey catalogue: the journey itself did not run
    assert.equal(journey.findings[0]?.kind, 'opt-out-ignored');
    const evidence = journey.findings[0]!.evidence[0]!;
    assert.match(await readFile(path.join(reportsDir, 'experience', evidence.path!), 'utf8'), /Subject: This week at Demo Shop/);
    assert.equal(report.summary.broken, 1);
    assert.equal(exitCodeOf(report), 1);

    assert.deepEqual(judgedWatchRows(), [{ awaited_in: 'old-run', journey_id: 'unsubscribe', kind: 'opt-out-ignored', status: 'broken', resolved_in: 'new-run' }]);
    assert.deepEqual(await openWatches(), [], 'a judged watch is open no more');
  });

  test('no marketing mail between the end of the grace period and the due date: the opt-out held', async () => {
    await optOutAwaited();
    await receive({ subject: 'Spring offers', marketing: true, at: ago(60 * HOUR) }); // before the grace period ended
    await receive({ subject: 'Your unsubscribe is confirmed', marketing: false, at: ago(10 * HOUR) });
    await receive({ subject: 'Summer offers', marketing: true, at: ago(HOUR / 2) }); // after the watch fell due

    const report = await reportRun();
    assert.equal(report.resolvedVerdicts?.[0]?.status, 'passed');
    assert.equal(report.resolvedVerdicts[0].finding, undefined);
    assert.equal(report.journeys.find((journey) => journey.id === 'unsubscribe')?.status, 'passed');
    assert.equal(exitCodeOf(report), 0);
    assert.equal(judgedWatchRows()[0]?.status, 'passed');
    assert.deepEqual(await openWatches(), []);
  });

  test('a watch not yet due is left open, and the next run that finds it due judges it', async () => {
    const watch = await optOutAwaited({ dueAt: new Date(now.getTime() + HOUR).toISOString() });
    const early = await reportRun();
    assert.equal(early.resolvedVerdicts, undefined);
    assert.deepEqual(await openWatches(), [watch]);
  });

  test('a store that cannot be used: the report is still written and says why, and the store is left as it was', async () => {
    await optOutAwaited();
    await receive({ subject: 'This week at Demo Shop', marketing: true, at: ago(12 * HOUR) });
    await writeFile(storeFile, 'my shopping list\n');
    const before = createHash('sha256').update(await readFile(storeFile)).digest('hex');

    const report = await reportRun();
    assert.match(report.storeError ?? '', /history\.sqlite is not a SQLite database; it was left untouched/);
    assert.equal(report.resolvedVerdicts, undefined, 'nothing is judged that could not be recorded');
    assert.equal(exitCodeOf(report), 2);
    assert.equal(createHash('sha256').update(await readFile(storeFile)).digest('hex'), before);
  });
});

/** An earlier run that left the unsubscribe journey's opt-out watch in the store. */
async function optOutAwaited(overrides: Partial<Watch> = {}): Promise<Watch> {
  const watch: Watch = {
    runId: 'old-run',
    journey: 'unsubscribe',
    scenario: 'Unsubscribe › Unsubscribe with one click from my mail app',
    check: `no marketing email reaches ${address} after ${ago(24 * HOUR).toISOString()}`,
    kind: 'opt-out-ignored',
    dueAt: ago(HOUR).toISOString(),
    recordedAt: ago(72 * HOUR).toISOString(),
    details: { address, unsubscribedAt: ago(72 * HOUR).toISOString(), graceEndsAt: ago(24 * HOUR).toISOString() },
    ...overrides,
  };
  const store = await openSqliteRunStore(storeFile);
  await store.recordRun({ ...runReport('old-run', ago(72 * HOUR).toISOString(), { unsubscribe: 'awaiting' }), watches: [watch] });
  await store.close();
  return watch;
}

/** Stores a message in the local mailbox as its mail server does. */
async function receive({ subject, marketing, at }: { subject: string; marketing: boolean; at: Date }): Promise<void> {
  const store = new MessageStore(mailboxDir);
  await store.init();
  const source = [
    'From: Demo Shop <news@demo-shop.test>',
    `To: ${address}`,
    `Subject: ${subject}`,
    `Date: ${at.toUTCString()}`,
    `Message-ID: <${at.getTime()}@demo-shop.test>`,
    ...(marketing ? ['List-Unsubscribe: <https://demo-shop.test/unsubscribe/1>'] : []),
    '',
    'Hello Sam',
    '',
  ].join('\r\n');
  await store.save(Buffer.from(source), { receivedAt: at.toISOString(), envelopeFrom: 'news@demo-shop.test', recipients: [address] });
}

/** The experience reporter at the end of a run in which nothing but the judging of watches happened. */
async function reportRun(): Promise<ExperienceReport> {
  const run: RunEnvironment = {
    runId: 'new-run',
    startedAt: now.toISOString(),
    target: { id: 'demo', name: 'Demo Shop', allowedOrigins: [] },
    faults: [],
    dataDir,
    endOfRunWaits: path.join(dataDir, 'end-of-run'),
    mailbox: { kind: 'local', storeDir: mailboxDir, smtp: { host: '127.0.0.1', port: 1 } },
    sms: { kind: 'local', storeDir: path.join(dataDir, 'sms'), gatewayUrl: 'http://127.0.0.1:1' },
  };
  process.env.MYSTERY_SHOPPER_RUN = JSON.stringify(run);
  const reporter = new ExperienceReporter();
  reporter.onBegin({ metadata: {}, shard: null } as unknown as FullConfig);
  await reporter.onEnd({ status: 'passed', startTime: now, duration: 0 } as FullResult);
  return JSON.parse(await readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8')) as ExperienceReport;
}

async function openWatches(): Promise<Watch[]> {
  const store = await openSqliteRunStore(storeFile);
  try {
    return await store.forTarget('demo').openWatches();
  } finally {
    await store.close();
  }
}

function judgedWatchRows(): Array<Record<string, string>> {
  const db = new Database(storeFile, { readonly: true });
  try {
    return db.prepare('SELECT awaited_in, journey_id, kind, status, resolved_in FROM verdicts').all() as Array<Record<string, string>>;
  } finally {
    db.close();
  }
}
