import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SchedulerState } from '../../src/scheduler/scheduler-state.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { runReport } from '../support/run-reports.ts';

const WRITER = path.join(import.meta.dirname, '..', 'support', 'write-until-killed.ts');
const KILLS = 5;

test('a run store killed with SIGKILL while recording runs opens, passes quick_check, holds only whole runs, and records the next run', async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'killed-store-')), 'history.sqlite');
  for (let kill = 1; kill <= KILLS; kill++) {
    await killWhileWriting('run-store', file);
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(db.pragma('quick_check', { simple: true }), 'ok', `after kill ${kill}`);
      const runs = db.prepare('SELECT run_id, report FROM runs').all() as Array<{ run_id: string; report: string }>;
      assert.ok(runs.length > 0, 'the writer recorded runs before it was killed');
      const rows = db.prepare('SELECT COUNT(*) AS count FROM journey_results WHERE run_id = ?');
      for (const run of runs) {
        const journeys = (JSON.parse(run.report) as { journeys: unknown[] }).journeys.length;
        assert.equal((rows.get(run.run_id) as { count: number }).count, journeys, `run ${run.run_id} is whole after kill ${kill}`);
      }
    } finally {
      db.close();
    }
    const store = await openSqliteRunStore(file);
    await store.recordRun(runReport(`after-kill-${kill}`, new Date().toISOString(), { unsubscribe: 'passed' }));
    assert.equal((await store.forTarget('demo').journeyRuns('unsubscribe', 1))[0]?.runId, `after-kill-${kill}`);
    await store.close();
  }
});

test('the scheduler state file killed with SIGKILL while being replaced is always whole, and loads', async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'killed-state-')), 'scheduler-state.json');
  for (let kill = 1; kill <= KILLS; kill++) {
    await killWhileWriting('scheduler-state', file);
    JSON.parse(await readFile(file, 'utf8')); // whole JSON, never half a file
    const state = await SchedulerState.load(file);
    assert.ok(state.get('group-0'), `after kill ${kill}`);
    await state.set('after-kill', { runId: `after-kill-${kill}`, startedAt: new Date().toISOString(), outcome: 'completed' });
    assert.equal((await SchedulerState.load(file)).get('after-kill')?.runId, `after-kill-${kill}`);
  }
});

test('the scheduler state keeps every change when two are made at once', async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'state-')), 'scheduler-state.json');
  const state = await SchedulerState.load(file);
  const startedAt = new Date().toISOString();
  await Promise.all(['hourly', 'daily', 'weekly'].map((group) => state.set(group, { runId: `${group}-1`, startedAt, outcome: 'completed' })));
  const loaded = await SchedulerState.load(file);
  assert.deepEqual(['hourly', 'daily', 'weekly'].map((group) => loaded.get(group)?.runId), ['hourly-1', 'daily-1', 'weekly-1']);
});

/** Starts a writer, lets it write for a random moment after its first write, and kills it with SIGKILL. */
async function killWhileWriting(what: 'run-store' | 'scheduler-state', file: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, what, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
    child.on('close', () => reject(new Error(`the ${what} writer ended before writing`)));
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
  child.kill('SIGKILL');
  assert.equal(await closed, 'SIGKILL');
}
