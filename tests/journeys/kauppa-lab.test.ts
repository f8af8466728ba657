import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KAUPPA_FAULTS } from '../../labs/kauppa/faults.ts';
import { startKauppa, type Kauppa } from '../../labs/kauppa/kauppa.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { startImapLab, type ImapLab, type ImapLabLane } from '../support/imap-lab.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';
import { writeTempConfig } from '../support/temp-config.ts';

/**
 * Issue 14: the generic journeys, pointed at a company they have never seen from configuration
 * alone, give results to trust. Kauppa Oy (labs/kauppa) is Finnish, double opt-in, a help desk by
 * email only, and shares no code with the harness or the demo. The shopper's mailbox is a real
 * Postfix + Dovecot read over IMAP; Postfix routes kauppa.test to Kauppa's MX, and Kauppa sends
 * through Postfix. The fault runs share one Kauppa and switch its faults between runs.
 */

const JOURNEYS = ['unsubscribe', 'enquiry-answered'] as const;

/**
 * Issue 14 asks that healthy runs of a lab company raise zero findings five runs in a row: Kauppa
 * keeps what each run leaves (subscribers, tickets), so a later run meets more of it than the
 * first. The streak of five in the last report shows that all five were recorded, one after another.
 */
const HEALTHY_RUNS = 5;

/**
 * One unsubscribe fault with one enquiry fault per run: they act on different journeys, so each
 * run also proves neither leaks into the other. The expected kinds come from labs/kauppa/faults.ts.
 */
const FAULT_RUNS: readonly (readonly string[])[] = [
  ['unsubscribe-ignored', 'enquiry-not-acknowledged'],
  ['unsubscribe-link-broken', 'unsubscribe-address-bounces', 'enquiry-not-answered'],
  ['no-list-unsubscribe', 'support-address-bounces'],
  // Mail keeps working: the enquiry by email must still pass.
  ['website-down'],
];

interface KauppaLab {
  kauppa: Kauppa;
  /** Runs both generic journeys against this Kauppa, reading report.json alone: no PDF, no Allure, no trace. */
  audit(extraEnv?: NodeJS.ProcessEnv): Promise<CliRun>;
  stop(): Promise<void>;
}

/** A Kauppa in one lane of the mail servers, and a config file that names it: what one lane of runs needs. */
async function openKauppaLab(lane: ImapLabLane): Promise<KauppaLab> {
  const kauppa = await startKauppa({ relay: lane.smtp, mxPort: lane.companyMx.port, campaignEveryMs: 2_000, answerDelayMs: 1_500 });
  const config = await writeTempConfig(
    'kauppa',
    `kauppa: {
      name: 'Kauppa Oy',
      adapter: 'generic',
      webUrl: ${JSON.stringify(kauppa.webUrl)},
      website: { newsletterSignUp: '/uutiskirje', supportAddress: 'asiakaspalvelu@kauppa.test', contactForm: false },
      // Like many shops on list software, it offers no RFC 8058 one-click unsubscribe.
      mail: { oneClickUnsubscribe: false },
      allowHttpOnLoopback: true,
      rate: { requestsPerSecond: 10 },
      // Kauppa answers within 1.5 s; the SLAs leave room for a loaded machine's mail queues (an answer
      // once took 9.7 s in a clean clone), so that only a fault breaks them.
      timing: { unsubscribeGracePeriod: '6s', marketingObservation: '4s', bounceWait: '8s', marketingEmailWait: '30s', acknowledgementSla: '8s', answerSla: '16s', maxWaitInRun: '1m', pageLoad: '10s', pageAction: '5s' },
    }`,
  );
  const env = { ...lane.env, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_WORKERS: '2' };
  return {
    kauppa,
    audit: (extraEnv = {}) => runCli(['run', ...JOURNEYS.flatMap((journey) => ['--journey', journey]), '--no-pdf', '--no-allure', '--', '--trace', 'off'], { ...env, ...extraEnv }),
    stop: () => kauppa.stop(),
  };
}

// Two lanes side by side on one Postfix + Dovecot, each with its own Kauppa, each lane one run at a
// time (the fault runs share one Kauppa and switch its faults). The runs mostly wait (on
// campaigns, grace periods, SLAs), so two at a time halve the file's wall time.
describe('Kauppa Oy audited by the generic journeys, from a config file alone', { concurrency: 2 }, () => {
  let mail: ImapLab;
  before(async () => (mail = await startImapLab({ companyDomain: 'kauppa.test', lanes: 2 })));
  after(() => mail?.stop());

  test('every fault of labs/kauppa/faults.ts is switched on in one of the fault runs', () => {
    assert.deepEqual([...new Set(FAULT_RUNS.flat())].sort(), KAUPPA_FAULTS.map((fault) => fault.name).sort());
  });

  describe('healthy', { concurrency: 1 }, () => {
    let lab: KauppaLab;
    before(async () => (lab = await openKauppaLab(mail.lanes[0]!)));
    after(() => lab?.stop());

    test(`${HEALTHY_RUNS} runs in a row on one data folder, each with no finding and exit 0, and the report shows the ${HEALTHY_RUNS}-run streak`, async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kauppa-history-'));
      for (let number = 1; number <= HEALTHY_RUNS; number++) {
        const run = await lab.audit({ MYSTERY_SHOPPER_DATA_DIR: dataDir });
        const report = await reportOf(run);
        assert.deepEqual(kindsByJourney(report), { unsubscribe: [], 'enquiry-answered': [] }, `run ${number}\n${explain(run, report)}`);
        assert.deepEqual(statuses(report), { unsubscribe: 'passed', 'enquiry-answered': 'passed' }, `run ${number}\n${explain(run, report)}`);
        assert.equal(run.exitCode, 0, `run ${number}\n${explain(run, report)}`);
        if (number === HEALTHY_RUNS) {
          for (const journey of report.journeys) {
            assert.equal(journey.history?.streak, HEALTHY_RUNS, `${journey.id}: ${JSON.stringify(journey.history)}`);
            assert.deepEqual(journey.history?.trend, Array(HEALTHY_RUNS).fill('passed'), journey.id);
          }
        }
      }
    });
  });

  describe('faults', { concurrency: 1 }, () => {
    let lab: KauppaLab;
    before(async () => (lab = await openKauppaLab(mail.lanes[1]!)));
    after(() => lab?.stop());

    for (const faults of FAULT_RUNS) {
      const expected = expectedKinds(faults);
      test(`${faults.join(' + ')}: ${Object.entries(expected).map(([journey, kinds]) => `${journey} ${kinds.join(', ') || 'passes'}`).join('; ')}`, async () => {
        lab.kauppa.faults.set(faults);
        const run = await lab.audit();
        const report = await reportOf(run);
        assert.deepEqual(kindsByJourney(report), expected, explain(run, report));
        // A journey with no fault of its own passes; one with a fault is broken (not needs-maintenance).
        const expectedStatuses = Object.fromEntries(Object.entries(expected).map(([journey, kinds]) => [journey, kinds.length > 0 ? 'broken' : 'passed']));
        assert.deepEqual(statuses(report), expectedStatuses, explain(run, report));
        assert.equal(run.exitCode, 1, explain(run, report));
      });
    }
  });
});

/** The kinds each journey must report with these faults on: the union of its faults' kinds, [] for none. */
function expectedKinds(faults: readonly string[]): Record<string, string[]> {
  const expected: Record<string, string[]> = Object.fromEntries(JOURNEYS.map((journey) => [journey, []]));
  for (const fault of KAUPPA_FAULTS.filter((each) => faults.includes(each.name))) {
    expected[fault.expected.journey] = [...new Set([...(expected[fault.expected.journey] ?? []), ...fault.expected.kinds])].sort();
  }
  return expected;
}

/** report.json, or a failure that shows what the harness said instead of writing one. */
async function reportOf(run: CliRun): Promise<ExperienceReport> {
  try {
    return await run.report();
  } catch {
    return assert.fail(`no report.json (exit ${run.exitCode}):\n${run.output}`);
  }
}

function kindsByJourney(report: ExperienceReport): Record<string, string[]> {
  return Object.fromEntries(report.journeys.map((journey) => [journey.id, [...new Set(journey.findings.map((finding) => finding.kind))].sort()]));
}

function statuses(report: ExperienceReport): Record<string, string> {
  return Object.fromEntries(report.journeys.map((journey) => [journey.id, journey.status]));
}

/** What the harness said, journey by journey: enough to see why an assertion failed without opening the report. */
function explain(run: CliRun, report: ExperienceReport): string {
  const journeys = report.journeys.map((journey) =>
    [
      `${journey.id}: ${journey.status}`,
      ...journey.findings.map((finding) => `  finding ${finding.kind}: ${finding.observed}`),
      ...journey.scenarios.map((scenario) => `  scenario "${scenario.name}": ${scenario.status}${scenario.problem ? ` — ${scenario.problem}` : ''}`),
    ].join('\n'),
  );
  return `exit ${run.exitCode}\n${journeys.join('\n')}\n--- output ---\n${run.output}`;
}
