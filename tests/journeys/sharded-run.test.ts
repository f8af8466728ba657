import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { ExperienceReport } from '../../src/reports/experience-report.ts';
import { parse } from 'yaml';
import { everyJourneyFaultyAudit } from '../support/demo-audits.ts';
import { ROOT, runCli } from '../support/run-cli.ts';

/**
 * The whole demo audit with a fault of every journey, once unsharded (the audit the fault matrix
 * reads too: support/demo-audits.ts) and once as two shards in processes of their own (each with
 * its own demo company, mailbox and reports folder, as on two machines), merged afterwards: both
 * experience reports must tell the same story.
 */
test('two shards merged give the experience report of one unsharded run', async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'sharded-run-'));
  const folders = (name: string) => ({ MYSTERY_SHOPPER_REPORTS_DIR: path.join(scratch, name, 'reports'), MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, name, 'data') });
  const runId = `sharded-${Date.now()}`;

  const whole = await everyJourneyFaultyAudit();
  const { faults, env } = whole.extra;
  assert.equal(whole.exitCode, 1, whole.output);

  const shards = await Promise.all(
    [1, 2].map((index) =>
      runCli(['run', '--faults', faults.join(','), '--shard', `${index}/2`], { ...env, ...folders(`shard-${index}`), MYSTERY_SHOPPER_RUN_ID: runId, MYSTERY_SHOPPER_WORKERS: '1' }),
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
  const merged = await runCli(['merge', blobs], { ...env, ...folders('merge') });
  assert.equal(merged.exitCode, 1, merged.output);
  const mergedReport = await merged.report();

  assert.equal(mergedReport.runId, runId);
  assert.deepEqual(mergedReport.faults, faults);
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

/**
 * The Kubernetes template's pod script, run as the Indexed Job runs it: one process per index with
 * JOB_COMPLETION_INDEX set, a shared reports volume, and index 0 waiting for the other's blob.
 */
test('the Kubernetes pods of one run: every index runs its shard, index 0 merges them', async () => {
  const cronJob = parse(await readFile(path.join(ROOT, 'deploy/kubernetes/mystery-shopper-cronjob.yaml'), 'utf8'));
  const script: string = cronJob.spec.jobTemplate.spec.template.spec.containers[0].args[0];
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'kubernetes-pods-'));
  const volume = path.join(scratch, 'reports');
  const runId = `k8s-${Date.now()}`;
  // The pods' paths: the shared volume is mounted at /reports; here it is a folder of the test's.
  const podScript = script.replaceAll('/reports/', `${volume}/`);
  const pods = await Promise.all(
    [0, 1].map((index) =>
      runShell(podScript, {
        JOB_COMPLETION_INDEX: String(index),
        SHARDS: '2',
        MYSTERY_SHOPPER_RUN_ID: runId,
        MYSTERY_SHOPPER_TAGS: '@journey:enquiry-answered',
        MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, `pod-${index}-data`),
        MYSTERY_SHOPPER_WORKERS: '1',
        DEMO_FAULTS: 'enquiry-not-answered',
      }),
    ),
  );
  for (const pod of pods) assert.equal(pod.exitCode, 0, pod.output);
  const report = JSON.parse(await readFile(path.join(volume, runId, 'experience', 'report.json'), 'utf8')) as ExperienceReport;
  assert.equal(report.runId, runId);
  const [journey] = report.journeys;
  assert.equal(journey?.id, 'enquiry-answered');
  assert.equal(journey.scenarios.length, 2, 'both shards are in the merged report');
  assert.equal(journey.status, 'broken');
  assert.ok(journey.findings.every((finding) => finding.kind === 'no-answer'));
});

function runShell(script: string, env: NodeJS.ProcessEnv): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, output }));
  });
}
