import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { parse } from 'yaml';
import { everyJourneyFaultyAudit } from '../support/demo-audits.ts';
import { ROOT } from '../support/run-cli.ts';

/**
 * The whole demo audit with a fault of every journey, once unsharded (the audit the fault matrix
 * reads too: support/demo-audits.ts) and once as the Kubernetes template's pods run it: one process
 * per index with JOB_COMPLETION_INDEX set (each with its own demo company, mailbox and data folder,
 * as on two machines), a shared reports volume, and index 0 waiting for the other's blob to merge
 * them. Both experience reports must tell the same story.
 */
test('the Kubernetes pods of one run: every index runs its shard, index 0 merges them into the report of one unsharded run', async () => {
  const whole = await everyJourneyFaultyAudit();
  const { faults, env } = whole.extra;
  assert.equal(whole.exitCode, 1, whole.output);

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
        ...env,
        JOB_COMPLETION_INDEX: String(index),
        SHARDS: '2',
        MYSTERY_SHOPPER_RUN_ID: runId,
        MYSTERY_SHOPPER_TAGS: '',
        MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, `pod-${index}-data`),
        MYSTERY_SHOPPER_WORKERS: '1',
        DEMO_FAULTS: faults.join(','),
      }),
    ),
  );
  for (const pod of pods) assert.equal(pod.exitCode, 0, pod.output);
  const merged = path.join(volume, runId);
  for (const shard of [1, 2]) assert.ok(!existsSync(path.join(merged, `shard-${shard}`, 'experience')), 'a shard writes no experience report of its own');

  const mergedReport = JSON.parse(await readFile(path.join(merged, 'experience', 'report.json'), 'utf8')) as ExperienceReport;
  const wholeReport = await whole.report();
  assert.equal(mergedReport.runId, runId);
  assert.deepEqual(mergedReport.faults, faults);
  assert.deepEqual(mergedReport.summary, wholeReport.summary);
  assert.deepEqual(story(mergedReport), story(wholeReport));
  for (const evidence of mergedReport.journeys.flatMap((journey) => journey.findings.flatMap((finding) => finding.evidence))) {
    assert.ok(evidence.path && existsSync(path.join(merged, 'experience', evidence.path)), `evidence ${evidence.name} is beside the merged report`);
  }
  for (const file of ['playwright/index.html', 'junit.xml', 'allure/index.html', 'experience/index.html', 'experience/report.pdf']) {
    assert.ok(existsSync(path.join(merged, file)), `the merge writes ${file}`);
  }
});

/** What a reader of the report learns: each journey's status, findings and scenarios, in a stable order. */
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
