import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ListshopFault } from '../support/listshop.ts';
import { startListshopLab, type ListshopLab } from '../support/listshop-lab.ts';
import { QUICK_REPORTS, runCli, type CliRun } from '../support/run-cli.ts';
import { writeTempConfig } from '../support/temp-config.ts';

/**
 * The unsubscribe journey from configuration alone (adapter 'generic') against a company whose
 * newsletter is real mailing-list software: mlmmj behind a real Postfix, read over IMAP from
 * Dovecot (support/listshop-lab.ts). Nothing of Demo Shop: double opt-in by replying to mlmmj's
 * confirmation request, offers addressed To: the list with a mailto-only List-Unsubscribe and a
 * plain-text footer, an unsubscribe page that asks for the email address.
 */
describe('the unsubscribe journey against an mlmmj newsletter', () => {
  let lab: ListshopLab;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    // MLMMJ_LAB_OPT_IN=single: to see how far the journey gets once past the double opt-in.
    lab = await startListshopLab({ optIn: process.env.MLMMJ_LAB_OPT_IN === 'single' ? 'single' : 'double' });
    const config = await writeTempConfig(
      'listshop',
      `listshop: {
      name: 'Listshop',
      adapter: 'generic',
      webUrl: '${lab.shop.url}',
      website: { newsletterSignUp: '/newsletter' },
      // Like many shops on list software, it offers no RFC 8058 one-click unsubscribe.
      mail: { oneClickUnsubscribe: false },
      allowHttpOnLoopback: true,
      timing: { unsubscribeGracePeriod: '5s', marketingObservation: '4s', bounceWait: '10s', marketingEmailWait: '20s', maxWaitInRun: '1m', pageAction: '5s' },
    }`,
    );
    env = { ...lab.env, ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config };
  });
  after(() => lab?.stop());

  async function audit(faults: ListshopFault[]): Promise<CliRun> {
    await lab.switchFaults(faults);
    return runCli(['run', '--journey', 'unsubscribe', '--no-pdf', '--no-allure', '--', '--trace', 'off'], env);
  }

  async function explain(run: CliRun): Promise<string> {
    const report = await run.report().catch(() => undefined);
    const scenarios = report?.journeys.flatMap((journey) => journey.scenarios.map((scenario) => `${scenario.name}: ${scenario.status}${scenario.problem ? ` — ${scenario.problem}` : ''}`)) ?? [];
    const findings = report?.journeys.flatMap((journey) => journey.findings.map((finding) => `${finding.kind}: ${finding.observed}`)) ?? [];
    return `${scenarios.join('\n')}\n${findings.join('\n')}\n--- output\n${run.output}`;
  }

  test('healthy: the journey passes with no finding and the run exits 0', async () => {
    const run = await audit([]);
    const report = await run.report();
    const [journey] = report.journeys;
    assert.equal(journey?.status, 'passed', await explain(run));
    assert.deepEqual(journey?.findings, []);
    assert.equal(run.exitCode, 0);
  });

  for (const [fault, kind] of [
    ['unsubscribe-ignored', 'opt-out-ignored'],
    ['unsubscribe-address-bounces', 'unsubscribe-bounces'],
  ] as const) {
    test(`${fault} is reported as ${kind}, and nothing else`, async () => {
      const run = await audit([fault]);
      const [journey] = (await run.report()).journeys;
      assert.deepEqual([...new Set(journey?.findings.map((finding) => finding.kind))], [kind], await explain(run));
      assert.equal(journey?.status, 'broken');
      assert.equal(run.exitCode, 1);
    });
  }
});
