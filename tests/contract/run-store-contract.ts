import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Watch, JudgedWatch } from '../../src/findings/watches.ts';
import type { ExperienceReport, JourneyStatus } from '../../src/report-model/experience-report.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import type { RunStore } from '../../src/store/run-store.ts';
import { withHistory } from '../../src/store/with-history.ts';
import { runReport } from '../support/run-reports.ts';

/** A place for one store, new and empty, on one backend. */
export interface StorePlace {
  dialect: 'sqlite' | 'postgres';
  /** Opens the store there as mystery-shopper does: created and migrated when needed. */
  open(): Promise<RunStore>;
  /** SQL straight on the database, beside the store: to build an older schema or look at what was stored. */
  exec(sql: string): Promise<void>;
  rows<Row>(sql: string): Promise<Row[]>;
  /** The schema version, as the backend keeps it (0: none). */
  version(): Promise<number>;
  setVersion(version: number): Promise<void>;
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute)).toISOString();

/** The behaviour every run store backend must have, so that a run's history reads the same from SQLite or PostgreSQL. */
export function runStoreContract(name: string, newPlace: () => Promise<StorePlace>): void {
  /** A store at a new place, closed when the test ends. */
  async function freshStore(t: { after(fn: () => Promise<void>): void }): Promise<RunStore> {
    const store = await (await newPlace()).open();
    t.after(() => store.close());
    return store;
  }

  describe(`Run store contract: ${name}`, () => {
    test('a new store is at the newest schema version, and empty', async (t) => {
      const place = await newPlace();
      const store = await place.open();
      t.after(() => store.close());
      assert.equal(await place.version(), SCHEMA_VERSION);
      assert.equal(await store.latestRun(), undefined);
      assert.deepEqual(await store.forTarget('demo').journeyRuns('enquiry', 10), []);
      assert.deepEqual(await store.forTarget('demo').openWatches(), []);
    });

    test('what is recorded is there when the store is opened again', async () => {
      const place = await newPlace();
      const first = runReport('r1', at(0), { enquiry: 'passed', unsubscribe: 'broken' });
      const second = runReport('r2', at(10), { enquiry: 'broken' });
      const store = await place.open();
      await store.recordRun(second);
      await store.recordRun(first);
      await store.forTarget('demo').setAlertState('enquiry', 'slack', 'broken');
      await store.close();

      const reopened = await place.open();
      assert.deepEqual(await reopened.latestRun(), second, 'the latest run is the last started, not the last recorded');
      assert.deepEqual(await reopened.forTarget('demo').journeyRuns('enquiry', 10), [
        { runId: 'r2', startedAt: at(10), status: 'broken' },
        { runId: 'r1', startedAt: at(0), status: 'passed' },
      ]);
      assert.deepEqual(await reopened.forTarget('demo').journeyRuns('enquiry', 1), [{ runId: 'r2', startedAt: at(10), status: 'broken' }]);
      assert.deepEqual(await reopened.forTarget('demo').journeyRuns('unsubscribe', 10), [{ runId: 'r1', startedAt: at(0), status: 'broken' }]);
      assert.equal(await reopened.forTarget('demo').alertState('enquiry', 'slack'), 'broken');
      assert.equal(await reopened.forTarget('demo').alertState('enquiry', 'teams'), undefined);
      await reopened.forTarget('demo').setAlertState('enquiry', 'slack', 'ok');
      assert.equal(await reopened.forTarget('demo').alertState('enquiry', 'slack'), 'ok');
      await reopened.close();
    });

    test('runs started in the same second are ordered by run id, byte by byte', async (t) => {
      const store = await freshStore(t);
      for (const runId of ['run-B', 'run-a', 'run-A']) await store.recordRun(runReport(runId, at(0), { enquiry: 'passed' }));
      assert.deepEqual((await store.forTarget('demo').journeyRuns('enquiry', 10)).map((run) => run.runId), ['run-a', 'run-B', 'run-A']);
    });

    test('a run recorded twice is replaced, journeys, watches and judgements with it', async (t) => {
      const store = await freshStore(t);
      await store.recordRun(withWatches(runReport('r0', at(0), { enquiry: 'awaiting' }), [watch('r0', 'no-answer', at(30))]));
      await store.recordRun(judging(runReport('r1', at(1), { enquiry: 'broken', unsubscribe: 'passed' }), [judgedWatch(watch('r0', 'no-answer', at(30)))]));
      await store.recordRun(withWatches(runReport('r1', at(1), { enquiry: 'passed' }), [watch('r1', 'no-answer', at(40))]));
      assert.deepEqual(await store.forTarget('demo').journeyRuns('enquiry', 10), [
        { runId: 'r1', startedAt: at(1), status: 'passed' },
        { runId: 'r0', startedAt: at(0), status: 'awaiting' },
      ]);
      assert.deepEqual(await store.forTarget('demo').journeyRuns('unsubscribe', 10), []);
      assert.equal((await store.latestRun())?.journeys.length, 1);
      assert.deepEqual(await store.forTarget('demo').openWatches(), [watch('r0', 'no-answer', at(30)), watch('r1', 'no-answer', at(40))], 'r1 judges nothing any more');
    });

    test('watches a run leaves come back as they were, due ones the longest due first, until a later run judges them', async (t) => {
      const store = await freshStore(t);
      const acknowledgement = watch('r1', 'no-acknowledgement', at(20));
      const answer = watch('r1', 'no-answer', at(90));
      const optOut = { ...watch('r2', 'opt-out-ignored', '2026-01-01T09:10:00+01:00'), journey: 'unsubscribe', scenario: 'Unsubscribe › One click' };
      await store.recordRun(withWatches(runReport('r1', at(0), { enquiry: 'awaiting' }), [answer, acknowledgement]));
      await store.recordRun(withWatches(runReport('r2', at(5), { unsubscribe: 'awaiting' }), [optOut]));

      assert.deepEqual(await store.forTarget('demo').openWatches(), [optOut, acknowledgement, answer]);
      assert.deepEqual(await store.forTarget('demo').dueWatches(new Date(at(9))), []);
      assert.deepEqual(await store.forTarget('demo').dueWatches(new Date(at(10))), [optOut], 'due at the very moment, whatever the zone it was written in');
      assert.deepEqual(await store.forTarget('demo').dueWatches(new Date(at(60))), [optOut, acknowledgement]);

      await store.recordRun(judging(runReport('r3', at(61), { enquiry: 'passed' }), [judgedWatch(acknowledgement)]));
      assert.deepEqual(await store.forTarget('demo').dueWatches(new Date(at(100))), [optOut, answer], 'the other kind of the same scenario still waits');
      assert.deepEqual(await store.forTarget('demo').openWatches(), [optOut, answer]);
    });

    test('a watch two runs judged keeps the first judgement', async (t) => {
      const place = await newPlace();
      const store = await place.open();
      t.after(() => store.close());
      const answer = watch('r1', 'no-answer', at(20));
      await store.recordRun(withWatches(runReport('r1', at(0), { enquiry: 'awaiting' }), [answer]));
      await store.recordRun(judging(runReport('r2', at(30), { enquiry: 'broken' }), [judgedWatch(answer, 'broken')]));
      await store.recordRun(judging(runReport('r3', at(31), { enquiry: 'passed' }), [judgedWatch(answer, 'passed')]));
      await store.recordRun(judging(runReport('r3', at(31), { enquiry: 'passed' }), [judgedWatch(answer, 'passed')]));
      assert.deepEqual(await place.rows('SELECT resolved_in, status FROM verdicts'), [{ resolved_in: 'r2', status: 'broken' }]);
      assert.deepEqual(await store.forTarget('demo').openWatches(), []);
    });

    test('a store from an older version gets the steps it lacks and keeps its data', async () => {
      const place = await newPlace();
      for (const step of MIGRATIONS.slice(0, 3)) await place.exec(step[place.dialect]);
      await place.setVersion(3);
      const old = runReport('r1', at(0), { enquiry: 'awaiting' });
      await place.exec(`INSERT INTO runs VALUES ('r1', '${at(0)}', '${at(1)}', 'demo', '${JSON.stringify(old).replace(/'/g, "''")}');
        INSERT INTO journey_results VALUES ('r1', 'enquiry', 'awaiting', NULL, '[]');
        INSERT INTO alert_state VALUES ('enquiry', 'slack', 'broken', '${at(1)}');
        INSERT INTO verdicts VALUES ('r0', 'enquiry', 'Ask', 'no-answer', '${at(0)}', 'r1', '${at(1)}', 'passed', '{}')`);

      const store = await place.open();
      assert.equal(await place.version(), SCHEMA_VERSION);
      assert.deepEqual(await store.latestRun(), old);
      assert.deepEqual(await store.forTarget('demo').journeyRuns('enquiry', 10), [{ runId: 'r1', startedAt: at(0), status: 'awaiting' }]);
      assert.equal(await store.forTarget('demo').alertState('enquiry', 'slack'), 'broken');
      const acknowledged = { ...watch('r0', 'no-acknowledgement', at(0)), scenario: 'Ask' };
      await store.recordRun(judging(runReport('r2', at(2), { enquiry: 'passed' }), [judgedWatch(acknowledged)]));
      assert.deepEqual(await place.rows('SELECT kind, resolved_in FROM verdicts ORDER BY kind'), [
        { kind: 'no-acknowledgement', resolved_in: 'r2' },
        { kind: 'no-answer', resolved_in: 'r1' },
      ]);
      await store.close();
    });

    test('a store from before targets (version 5) gives each row the target its run recorded', async () => {
      const place = await newPlace();
      for (const step of MIGRATIONS.slice(0, 5)) await place.exec(step[place.dialect]);
      await place.setVersion(5);
      const demoRun = { ...runReport('d1', at(0), { enquiry: 'broken' }), target: { id: 'demo', name: 'Demo Shop' } };
      const shopRun = { ...runReport('s1', at(5), { enquiry: 'passed' }), target: { id: 'acme', name: 'Acme' } };
      const quoted = (report: ExperienceReport) => JSON.stringify(report).replace(/'/g, "''");
      const demoWatch = watch('d1', 'no-answer', at(30));
      await place.exec(`INSERT INTO runs VALUES ('d1', '${at(0)}', '${at(1)}', 'demo', '${quoted(demoRun)}');
        INSERT INTO runs VALUES ('s1', '${at(5)}', '${at(6)}', 'acme', '${quoted(shopRun)}');
        INSERT INTO journey_results VALUES ('d1', 'enquiry', 'broken', NULL, '[]', '${at(0)}');
        INSERT INTO journey_results VALUES ('s1', 'enquiry', 'passed', NULL, '[]', '${at(5)}');
        INSERT INTO alert_state VALUES ('enquiry', 'slack', 'broken', '${at(2)}');
        INSERT INTO watches VALUES ('d1', 'enquiry', '${demoWatch.scenario}', 'no-answer', '${at(30)}', '${JSON.stringify(demoWatch)}')`);

      const store = await place.open();
      try {
        assert.equal(await place.version(), SCHEMA_VERSION);
        assert.deepEqual(await store.latestRun(), shopRun);
        assert.deepEqual(await store.forTarget('demo').journeyRuns('enquiry', 10), [{ runId: 'd1', startedAt: at(0), status: 'broken' }]);
        assert.deepEqual(await store.forTarget('acme').journeyRuns('enquiry', 10), [{ runId: 's1', startedAt: at(5), status: 'passed' }]);
        assert.equal(await store.forTarget('demo').alertState('enquiry', 'slack'), 'broken', 'the alert followed the run before it: the demo run');
        assert.equal(await store.forTarget('acme').alertState('enquiry', 'slack'), undefined);
        assert.deepEqual(await store.forTarget('demo').openWatches(), [demoWatch]);
        assert.deepEqual(await store.forTarget('acme').openWatches(), []);
      } finally {
        await store.close();
      }
    });

    test('one target’s runs, streaks, alert state and watches never show in another’s', async (t) => {
      const store = await freshStore(t);
      const demo = (runId: string, minute: number) => withWatches(runReport(runId, at(minute), { enquiry: 'broken' }), [watch(runId, 'no-answer', at(minute + 1))]);
      await store.recordRun(demo('d1', 0));
      await store.recordRun(demo('d2', 1));
      await store.forTarget('demo').setAlertState('enquiry', 'slack', 'broken');
      const firstRealRun = { ...runReport('a1', at(10), { enquiry: 'broken' }), target: { id: 'acme', name: 'Acme' } };

      const history = (await withHistory(firstRealRun, store)).journeys[0]!.history!;
      assert.deepEqual(history, { since: at(10), streak: 1, trend: ['broken'] }, 'a first-ever run is broken since its own start');
      assert.equal(await store.forTarget('acme').alertState('enquiry', 'slack'), undefined);
      assert.deepEqual(await store.forTarget('acme').dueWatches(new Date(at(60))), []);
      await store.recordRun(firstRealRun);
      assert.equal((await withHistory(demo('d3', 20), store)).journeys[0]!.history!.streak, 3, 'the demo’s streak goes on past the other target’s run');
      assert.equal((await store.forTarget('demo').dueWatches(new Date(at(60)))).length, 2);
    });

    describe('journey history', () => {
      test('since, streak and trend follow a sequence of runs', async (t) => {
        const store = await freshStore(t);
        const sequence: JourneyStatus[] = ['passed', 'broken', 'broken', 'passed', 'passed', 'passed'];
        const seen = [];
        for (const [index, status] of sequence.entries()) {
          const report = runReport(`r${index}`, at(index), { enquiry: status });
          await store.recordRun(report);
          seen.push((await withHistory(report, store)).journeys[0]!.history!);
        }
        assert.deepEqual(seen[0], { since: at(0), streak: 1, trend: ['passed'] });
        assert.deepEqual(seen[1], { since: at(1), streak: 1, trend: ['passed', 'broken'] });
        assert.deepEqual(seen[2], { since: at(1), streak: 2, trend: ['passed', 'broken', 'broken'] });
        assert.deepEqual(seen[3], { since: at(3), streak: 1, trend: ['passed', 'broken', 'broken', 'passed'] });
        assert.deepEqual(seen[5], { since: at(3), streak: 3, trend: sequence });
      });

      test('a long streak is counted whole; the trend keeps the last ten runs', async (t) => {
        const store = await freshStore(t);
        let report = runReport('r00', at(0), { enquiry: 'passed' });
        await store.recordRun(report);
        for (let index = 1; index <= 57; index++) {
          report = runReport(`r${String(index).padStart(2, '0')}`, at(index), { enquiry: 'broken' });
          await store.recordRun(report);
        }
        const history = (await withHistory(report, store)).journeys[0]!.history!;
        assert.equal(history.streak, 57);
        assert.equal(history.since, at(1));
        assert.deepEqual(history.trend, Array(10).fill('broken'));
      });

      test('the report’s own run counts even before it is recorded', async (t) => {
        const store = await freshStore(t);
        await store.recordRun(runReport('r1', at(0), { enquiry: 'broken' }));
        const history = (await withHistory(runReport('r2', at(5), { enquiry: 'broken' }), store)).journeys[0]!.history!;
        assert.deepEqual(history, { since: at(0), streak: 2, trend: ['broken', 'broken'] });
      });
    });
  });
}

function watch(runId: string, kind: Watch['kind'], dueAt: string): Watch {
  return {
    runId,
    journey: 'enquiry',
    scenario: 'Enquiry › Ask by email',
    check: `${kind === 'no-answer' ? 'an answer' : 'an acknowledgement'} to my enquiry by ${dueAt}`,
    kind,
    dueAt,
    recordedAt: at(0),
    details: { address: 'sam+enquiry@shopper.test', subject: 'Where is my order?' },
  };
}

function judgedWatch(awaited: Watch, status: JudgedWatch['status'] = 'passed'): JudgedWatch {
  return { ...awaited, resolvedAt: at(59), status };
}

function withWatches(report: ExperienceReport, watches: Watch[]): ExperienceReport {
  return { ...report, watches };
}

function judging(report: ExperienceReport, judged: JudgedWatch[]): ExperienceReport {
  return { ...report, resolvedVerdicts: judged };
}
