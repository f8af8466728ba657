import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { untilTime } from '../../src/cli/commands/ack.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { runCli } from '../support/run-cli.ts';
import { runReport } from '../support/run-reports.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();

test('ack, ack --list, the report marks the journey known, ack --remove', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ack-command-'));
  const env = { MYSTERY_SHOPPER_STORE: path.join(dir, 'history.sqlite'), MYSTERY_SHOPPER_REPORTS_DIR: path.join(dir, 'reports'), MYSTERY_SHOPPER_PDF: 'false' };
  const store = await openSqliteRunStore(env.MYSTERY_SHOPPER_STORE);
  await store.recordRun(runReport('r1', at(0), { enquiry: 'broken', unsubscribe: 'passed' }));
  await store.close();

  const refused = await runCli(['ack', 'unsubscribe', '--reason', 'x'], env);
  assert.equal(refused.exitCode, 2);
  assert.match(refused.output, /unsubscribe passed in its latest run \(r1\): there is nothing to acknowledge/);
  assert.match((await runCli(['ack', 'enquiry'], env)).output, /--reason is required/);
  assert.match((await runCli(['ack', 'enquiry', '--reason', 'x', '--ticket', 'OPS-12'], env)).output, /--ticket must be an http\(s\) URL/);
  assert.match((await runCli(['ack', 'enquiry', '--reason', 'x', '--until', '2020-01-01'], env)).output, /--until 2020-01-01 has already passed/);

  const acked = await runCli(['ack', 'enquiry', '--reason', 'Mail relay being replaced', '--ticket', 'https://tracker.example/OPS-12', '--until', '2099-01-31'], env);
  assert.equal(acked.exitCode, 0, acked.output);
  assert.match(acked.output, /Acknowledged enquiry on target demo \(broken in run r1\)/);
  assert.match(acked.output, /until 2099-02-01T00:00:00.000Z, or a finding of another kind than no-answer appears/);
  const listed = await runCli(['ack', '--list'], env);
  assert.match(listed.output, /Known issues of target demo: 1\n {2}enquiry \(no-answer\): known since \S+, ticket https:\/\/tracker.example\/OPS-12, until 2099-02-01T00:00:00.000Z, Mail relay being replaced/);

  const report = await runCli(['report'], env);
  assert.equal(report.exitCode, 1, 'still broken: the run exits as it did');
  assert.match(report.output, /broken +enquiry \(no-answer\) — known since \S+, ticket https:\/\/tracker.example\/OPS-12/);
  const json = JSON.parse(await readFile(path.join(dir, 'reports', 'experience', 'report.json'), 'utf8')) as ExperienceReport;
  assert.equal(json.journeys.find((journey) => journey.id === 'enquiry')?.known?.reason, 'Mail relay being replaced');
  assert.match(await readFile(path.join(dir, 'reports', 'experience', 'index.html'), 'utf8'), /<p class="known"><strong>Known<\/strong>, since [^<]+, ticket <a href="https:\/\/tracker.example\/OPS-12">/);

  assert.match((await runCli(['ack', '--remove', 'enquiry'], env)).output, /Acknowledgement of enquiry on target demo removed/);
  assert.match((await runCli(['ack', '--remove', 'enquiry'], env)).output, /enquiry has no acknowledgement on target demo/);
  assert.match((await runCli(['ack', '--list'], env)).output, /Known issues of target demo: none/);
});

test('--until: a date is through that day in UTC, a time keeps its zone', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  assert.equal(untilTime('2026-03-05', now), '2026-03-06T00:00:00.000Z');
  assert.equal(untilTime('2026-03-05T18:00+01:00', now), '2026-03-05T17:00:00.000Z');
  assert.equal(untilTime('2026-03-05T18:00', now), '2026-03-05T18:00:00.000Z');
  assert.throws(() => untilTime('next week', now), /--until must be a date/);
});
