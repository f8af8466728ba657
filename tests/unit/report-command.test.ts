import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { runCli } from '../support/run-cli.ts';
import { runReport } from '../support/run-reports.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute)).toISOString();

/** `mystery-shopper report` on its own store and reports folder. */
async function report(store: string, reportsDir: string) {
  // No PDF: these tests read report.json; experience-report-view.test.ts proves the PDF.
  const run = await runCli(['report'], { MYSTERY_SHOPPER_STORE: store, MYSTERY_SHOPPER_REPORTS_DIR: reportsDir, MYSTERY_SHOPPER_PDF: 'false' });
  const written = () => readFile(path.join(reportsDir, 'experience', 'report.json'), 'utf8').then((text) => JSON.parse(text) as ExperienceReport);
  return { ...run, written };
}

async function scratch(): Promise<{ store: string; reportsDir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'report-command-'));
  return { store: path.join(dir, 'history.sqlite'), reportsDir: path.join(dir, 'reports') };
}

describe('mystery-shopper report', () => {
  test('rebuilds the experience report from the latest run, with history, and exits as the run did', async () => {
    const { store, reportsDir } = await scratch();
    const runs = await openSqliteRunStore(store);
    await runs.recordRun(runReport('r1', at(0), { enquiry: 'passed', unsubscribe: 'passed' }));
    await runs.recordRun(runReport('r2', at(10), { enquiry: 'broken', unsubscribe: 'passed' }));
    await runs.recordRun(runReport('r3', at(20), { enquiry: 'broken', unsubscribe: 'passed' }));
    await runs.close();

    const broken = await report(store, reportsDir);
    assert.equal(broken.exitCode, 1, broken.output);
    assert.match(broken.output, /Demo Shop: 2 journeys — 1 passed, 1 broken/);
    assert.match(broken.output, /broken +enquiry \(no-answer\)/);
    const written = await broken.written();
    assert.equal(written.runId, 'r3');
    assert.deepEqual(written.journeys[0]?.history, { since: at(10), streak: 2, trend: ['passed', 'broken', 'broken'] });
    assert.deepEqual(written.journeys[1]?.history, { since: at(0), streak: 3, trend: ['passed', 'passed', 'passed'] });
    assert.match(await readFile(path.join(reportsDir, 'experience', 'index.html'), 'utf8'), /Nobody answers me/);

    const fixed = await openSqliteRunStore(store);
    await fixed.recordRun(runReport('r4', at(30), { enquiry: 'passed' }));
    await fixed.close();
    const passed = await report(store, reportsDir);
    assert.equal(passed.exitCode, 0, passed.output);
    assert.deepEqual((await passed.written()).journeys[0]?.history, { since: at(30), streak: 1, trend: ['passed', 'broken', 'broken', 'passed'] });
  });

  test('keeps the evidence of the same run still on disk, and drops links to evidence that is gone', async () => {
    const { store, reportsDir } = await scratch();
    const recorded = runReport('r1', at(0), { enquiry: 'broken' });
    const finding = recorded.journeys[0]!.findings[0]!;
    finding.evidence = [
      { name: 'my enquiry', contentType: 'text/plain', path: 'evidence/enquiry/1-my-enquiry.txt' },
      { name: 'the reply', contentType: 'message/rfc822', path: 'evidence/enquiry/1-the-reply.eml' },
    ];
    const runs = await openSqliteRunStore(store);
    await runs.recordRun(recorded);
    await runs.close();
    const dir = path.join(reportsDir, 'experience');
    await mkdir(path.join(dir, 'evidence', 'enquiry'), { recursive: true });
    await writeFile(path.join(dir, 'report.json'), JSON.stringify(recorded));
    await writeFile(path.join(dir, 'evidence', 'enquiry', '1-my-enquiry.txt'), 'Where is my order?');

    const run = await report(store, reportsDir);
    assert.equal(run.exitCode, 1, run.output);
    const [kept, gone] = (await run.written()).journeys[0]!.findings[0]!.evidence;
    assert.equal(kept?.path, 'evidence/enquiry/1-my-enquiry.txt');
    assert.equal(await readFile(path.join(dir, kept.path), 'utf8'), 'Where is my order?');
    assert.equal(gone?.path, undefined);
  });

  test('no store, an empty store or a bad one: one clear line and exit 2, the store untouched', async () => {
    const { store, reportsDir } = await scratch();
    const missing = await report(store, reportsDir);
    assert.equal(missing.exitCode, 2);
    assert.equal(missing.output.trim(), `mystery-shopper report: No run store at ${store}: run "mystery-shopper run" first, or set MYSTERY_SHOPPER_STORE to the store`);

    await (await openSqliteRunStore(store)).close();
    const empty = await report(store, reportsDir);
    assert.equal(empty.exitCode, 2);
    assert.equal(empty.output.trim(), `mystery-shopper report: Run store ${store} has no runs yet: run "mystery-shopper run" first`);

    const filled = await openSqliteRunStore(store);
    for (let index = 0; index < 100; index++) await filled.recordRun(runReport(`r${index}`, at(index), { enquiry: 'passed' }));
    await filled.close();
    const bytes = await readFile(store);
    bytes.fill(0xab, bytes.readUInt16BE(16) * 2, bytes.readUInt16BE(16) * 2 + 300); // damages the third page
    await writeFile(store, bytes);
    const before = createHash('sha256').update(await readFile(store)).digest('hex');
    const bad = await report(store, reportsDir);
    assert.equal(bad.exitCode, 2);
    assert.match(bad.output.trim(), new RegExp(`^mystery-shopper report: Run store ${store} is corrupt \\(SQLite quick_check: .+\\); it was left untouched: restore it from a backup`));
    assert.equal(bad.output.trim().split('\n').length, 1, bad.output);
    assert.equal(createHash('sha256').update(await readFile(store)).digest('hex'), before);
  });
});
