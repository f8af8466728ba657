import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LAMPBUTIKEN_FAULTS } from '../../labs/lampbutiken/faults.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { openLampbutikenLab, type LampbutikenLab } from '../support/lampbutiken-lab.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';

/**
 * Issue 20: pay-and-get-ticket on a shop that is not the demo and sells no flights. Lampbutiken
 * (labs/lampbutiken) is a Swedish lamp shop with only a shop API, prices in SEK ("1 990,00 kr"),
 * paid through Stripe (a fake speaking its REST API, read as the `stripe` ledger), order
 * confirmations delivered to the local mailbox on a configured port, and no payment support
 * channel. Its adapter, journeys/adapters/lampbutiken, is found by its folder.
 */
describe('Lampbutiken audited by pay-and-get-ticket through its shop API', { concurrency: 1 }, () => {
  let lab: LampbutikenLab;
  before(async () => (lab = await openLampbutikenLab()));
  after(() => lab?.stop());

  /** One run of the journey; a real target is retried by default, which a paying scenario must not be. */
  const audit = (): Promise<CliRun> =>
    runCli(['run', '--journey', 'pay-and-get-ticket', '--no-pdf', '--no-allure', '--', '--trace', 'off'], { ...lab.env, MYSTERY_SHOPPER_RETRIES: '' });

  test('healthy: passes, in the shop\'s nouns, support "not checked", every API exchange kept as evidence with secrets masked', async () => {
    lab.lampbutiken.faults.set([]);
    const run = await audit();
    const report = await reportOf(run);
    const [journey] = report.journeys;
    assert.equal(journey?.status, 'passed', explain(run, report));
    assert.equal(run.exitCode, 0, explain(run, report));
    assert.deepEqual(journey.scenarios[0]?.notChecked, ['what customer support says about the payment: Lampbutiken AB has no payment support channel (its adapter offers none)']);
    assert.match(await readFile(path.join(run.reportsDir, 'experience', 'index.html'), 'utf8'), /Not checked: what customer support says about the payment/);
    // Never retried against a real target, and the run says so: one order for one run.
    assert.match(run.output, /1 scenario\(s\) tagged @pays are never retried: a retry would place a new order and pay again/);
    assert.equal(lab.lampbutiken.shop.allOrders().length, 1);
    assert.equal(lab.stripe.paymentIntents().length, 1);
  });

  for (const fault of LAMPBUTIKEN_FAULTS) {
    test(`${fault.name} is caught as ${fault.kinds.join(', ')}, said in the shop's nouns`, async () => {
      lab.lampbutiken.faults.set([fault.name]);
      const ordersBefore = lab.lampbutiken.shop.allOrders().length;
      const run = await audit();
      const report = await reportOf(run);
      const [journey] = report.journeys;
      assert.deepEqual([...new Set(journey!.findings.map((finding) => finding.kind))].sort(), [...fault.kinds].sort(), explain(run, report));
      assert.equal(journey!.status, 'broken', explain(run, report));
      assert.equal(run.exitCode, 1, explain(run, report));
      // A broken paying scenario is not retried: a retry would order and pay again.
      assert.equal(lab.lampbutiken.shop.allOrders().length, ordersBefore + 1, 'one order for one run');
      for (const finding of journey!.findings) {
        assert.doesNotMatch(`${finding.customerImpact} ${finding.expected}`, /flight|ticket/i, `${finding.kind} speaks of flights or tickets`);
        assert.match(finding.customerImpact, /SEK/);
      }
      if (fault.name === 'confirmation-not-sent') assert.match(journey!.findings[0]!.customerImpact, /no order confirmation arrived/);
      // The answer to paying is cited as the API exchange, its card number masked.
      const exchange = journey!.findings.flatMap((finding) => finding.evidence).find((evidence) => evidence.name.startsWith('API: pay order'));
      assert.ok(exchange?.path, `no API exchange cited: ${JSON.stringify(journey!.findings.map((finding) => finding.evidence))}`);
      const json = await readFile(path.resolve(run.reportsDir, 'experience', exchange.path), 'utf8');
      assert.match(json, /"method": "POST"/);
      assert.doesNotMatch(json, /4242 4242 4242 4242|4242424242424242/);
    });
  }
});

async function reportOf(run: CliRun): Promise<ExperienceReport> {
  try {
    return await run.report();
  } catch {
    return assert.fail(`no report.json (exit ${run.exitCode}):\n${run.output}`);
  }
}

function explain(run: CliRun, report: ExperienceReport): string {
  const lines = report.journeys.flatMap((journey) => [
    `${journey.id}: ${journey.status}`,
    ...journey.findings.map((finding) => `  finding ${finding.kind}: ${finding.customerImpact} / ${finding.observed}`),
    ...journey.scenarios.map((scenario) => `  scenario "${scenario.name}": ${scenario.status}${scenario.problem ? ` — ${scenario.problem}` : ''}`),
  ]);
  return `exit ${run.exitCode}\n${lines.join('\n')}\n--- output ---\n${run.output}`;
}
