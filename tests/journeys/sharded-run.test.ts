import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { ExperienceReport } from '../../src/reports/experience-report.ts';
import { runCli } from '../support/run-cli.ts';

const FAULTS = 'double-charge-on-retry,unsubscribe-ignored';

/**
 * The whole demo audit with two faults, once unsharded and once as two shards in processes of
 * their own (each with its own demo company, mailbox and reports folder, as on two machines),
 * merged afterwards: both experience reports must tell the same story.
 */
test('two shards merged give the experience report of one unsharded run', async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'sharded-run-'));
  const folders = (name: string) => ({ MYSTERY_SHOPPER_REPORTS_DIR: path.join(scratch, name, 'reports'), MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, name, 'data') });
  const runId = `sharded-${Date.now()}`;

  const whole = await runCli(['run', '--faults', FAULTS]);
  assert.equal(whole.exitCode, 1, whole.output);

  const shards = await Promise.all(
    [1, 2].map((index) =>
      runCli(['run', '--faults', FAULTS, '--shard', `${index}/2`], { ...folders(`shard-${index}`), MYSTERY_SHOPPER_RUN_ID: runId, MYSTERY_SHOPPER_WORKERS: '2' }),
    ),
  );
  for (const shard of shards) {
    assert.equal(shard.exitCode, 0, shard.output);
    assert.ok(!existsSync(path.join(shard.reportsDir, 'experience')), 'a shard writes no experience report of its own');
  }

  // What a CI merge job does: gather every shard's blob report in one folder, then merge.
  const blobs = path.join(scratch, 'all-blob-reports');
  await mkdir(blobs);
  for (const shard of shards) {
    for (const name of await readdir(path.join(shard.reportsDir, 'blob'))) await copyFile(path.join(shard.reportsDir, 'blob', name), path.join(blobs, name));
  }
  const merged = await runCli(['merge', blobs], folders('merge'));
  assert.equal(merged.exitCode, 1, merged.output);
  const mergedReport = await merged.report();

  assert.equal(mergedReport.runId, runId);
  assert.deepEqual(mergedReport.faults, FAULTS.split(','));
  assert.deepEqual(mergedReport.summary, (await whole.report()).summary);
  assert.deepEqual(story(mergedReport), story(await whole.report()));
  for (const evidence of mergedReport.journeys.flatMap((journey) => journey.findings.flatMap((finding) => finding.evidence))) {
    assert.ok(evidence.path && existsSync(path.join(merged.reportsDir, 'experience', evidence.path)), `evidence ${evidence.name} is beside the merged report`);
  }
  for (const file of ['playwright/index.html', 'junit.xml', 'allure/index.html', 'experience/index.html', 'experience/report.pdf']) {
    assert.ok(existsSync(path.join(merged.reportsDir, file)), `the merge writes ${file}`);
  }
});

/** What a reader of the report learns: each journey's verdict, findings and scenarios, in a stable order. */
function story(report: ExperienceReport) {
  return report.journeys
    .map((journey) => ({
      id: journey.id,
      status: journey.status,
      owner: journey.owner,
      channels: journey.channels,
      findings: journey.findings.map((finding) => `${finding.kind}: ${finding.evidence.length} evidence`).sort(),
      scenarios: journey.scenarios.map((scenario) => `${scenario.name}: ${scenario.status}`).sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
