import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Cron } from 'croner';
import { parse } from 'yaml';
import { MERGE_USAGE } from '../../src/cli/commands/merge.ts';
import { RUN_USAGE } from '../../src/cli/commands/run.ts';
import { ROOT } from '../support/run-cli.ts';

/** The deployment templates users copy: they must keep to the CLI they call, and agree with themselves. */
describe('deployment templates', () => {
  test('GitHub Actions: a valid cron, one blob report per shard, a merge that expects every shard', async () => {
    const workflow = await template('deploy/github-actions/mystery-shopper.yml');
    for (const { cron } of workflow.on.schedule) assert.doesNotThrow(() => new Cron(cron, { paused: true }), cron);
    const shards: number[] = workflow.jobs.audit.strategy.matrix.shard;
    const auditRuns = commands(workflow.jobs.audit.steps);
    assert.ok(auditRuns.some((run) => /mystery-shopper run .*--shard \$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\}/.test(run)), auditRuns.join('\n'));
    assert.ok(workflow.jobs.audit.steps.some((step: Step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.path === 'reports/blob'));
    assert.deepEqual(workflow.jobs.report.needs, 'audit');
    const merge = commands(workflow.jobs.report.steps).find((run) => run.includes('mystery-shopper merge'));
    assert.match(merge ?? '', new RegExp(`--expect ${shards.length}\\b`));
    assert.ok(workflow.env.MYSTERY_SHOPPER_RUN_ID, 'shards and merge share one run id');
    assertKnownOptions([...auditRuns, merge!]);
  });

  test('Kubernetes: an Indexed Job with as many pods as shards, and a valid cron', async () => {
    const cronJob = await template('deploy/kubernetes/mystery-shopper-cronjob.yaml');
    assert.doesNotThrow(() => new Cron(cronJob.spec.schedule, { paused: true }));
    assert.equal(cronJob.spec.concurrencyPolicy, 'Forbid');
    const job = cronJob.spec.jobTemplate.spec;
    assert.equal(job.completionMode, 'Indexed');
    const [container] = job.template.spec.containers;
    const shards = Number(container.env.find((variable: { name: string }) => variable.name === 'SHARDS').value);
    assert.equal(job.completions, shards);
    assert.equal(job.parallelism, shards);
    const script: string = container.args[0];
    assert.match(script, /mystery-shopper run .*--shard "\$shard\/\$SHARDS"/);
    assert.match(script, /mystery-shopper merge "\$blobs" --expect "\$SHARDS" --wait \d+m/);
    assertKnownOptions(script.split('\n'));
  });
});

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

async function template(file: string) {
  return parse(await readFile(path.join(ROOT, file), 'utf8'));
}

function commands(steps: Step[]): string[] {
  return steps.flatMap((step) => (step.run ? [step.run] : []));
}

/** Every --option a template gives "mystery-shopper run" or "merge" is one the command knows. */
function assertKnownOptions(lines: string[]): void {
  for (const line of lines) {
    const command = /mystery-shopper (run|merge)\b(.*)/.exec(line);
    if (!command) continue;
    const usage = command[1] === 'run' ? RUN_USAGE : MERGE_USAGE;
    for (const [option] of command[2]!.matchAll(/--[a-z-]+/g)) assert.ok(usage.includes(`${option} `), `${option} in "${line.trim()}" is not an option of mystery-shopper ${command[1]}`);
  }
}
