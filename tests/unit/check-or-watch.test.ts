import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkOrWatch, type WatchDetailsWriter } from '../../src/findings/check-or-watch.ts';
import type { Watch } from '../../src/findings/watches.ts';

// Every journey's check due at a time goes through checkOrWatch: judged in the scenario or, when only
// time tells, at the end of the run, when the run may wait that long; left as a watch for a later run
// otherwise.

const codec: WatchDetailsWriter<{ address: string; since: Date }> = {
  journey: 'some-journey',
  write: ({ address, since }) => ({ address, since: since.toISOString() }),
};
const watch = { check: 'no offer reaches me', kind: 'opt-out-ignored' as const, codec, details: { address: 'sam@shopper.test', since: new Date('2026-12-01T10:00:00.000Z') } };

type LeftWatch = Omit<Watch, 'scenario' | 'recordedAt'>;

/** A scenario's notebook as checkOrWatch sees it; `holdsRunOpen`: whether the run can judge watches at its end. */
function scenario(holdsRunOpen = true) {
  const watches: LeftWatch[] = [];
  const atEndOfRun: LeftWatch[] = [];
  const notebook = {
    awaiting: async (left: LeftWatch) => void watches.push(left),
    judgeAtEndOfRun: async (left: LeftWatch) => void atEndOfRun.push(left),
    canJudgeAtEndOfRun: () => holdsRunOpen,
  };
  return { watches, atEndOfRun, runId: 'run-1', notebook };
}

describe('checkOrWatch', () => {
  test('due within what the run may wait: checked now, given the time left until the due time', async () => {
    const recorder = scenario();
    let given = -1;
    const result = await checkOrWatch(recorder, {
      dueAt: new Date(Date.now() + 5_000),
      maxWaitInRun: 60_000,
      watch,
      checkNow: async (remainingMs) => {
        given = remainingMs;
        return 'judged';
      },
    });
    assert.equal(result, 'judged');
    assert.ok(given > 4_000 && given <= 5_000, `remaining ${given} ms`);
    assert.deepEqual(recorder.watches, []);
  });

  test('due already: checked now, with no time left to wait', async () => {
    const given: number[] = [];
    await checkOrWatch(scenario(), { dueAt: new Date(Date.now() - 1_000), maxWaitInRun: 60_000, watch, checkNow: async (remainingMs) => void given.push(remainingMs) });
    assert.deepEqual(given, [0]);
  });

  test('due after what the run may wait: the watch is left, named by the codec, with its details written', async () => {
    const recorder = scenario();
    const dueAt = new Date(Date.now() + 86_400_000);
    const result = await checkOrWatch(recorder, { dueAt, maxWaitInRun: 60_000, watch, checkNow: async () => assert.fail('not checked in the run') });
    assert.equal(result, undefined);
    assert.deepEqual(recorder.watches, [
      { runId: 'run-1', journey: 'some-journey', check: 'no offer reaches me', kind: 'opt-out-ignored', dueAt: dueAt.toISOString(), details: { address: 'sam@shopper.test', since: '2026-12-01T10:00:00.000Z' } },
    ]);
  });

  test('what arrived early settles a check due later; nothing arrived leaves the watch', async () => {
    const dueAt = new Date(Date.now() + 86_400_000);
    const judged: string[] = [];
    const plan = (arrived: string | undefined) => ({
      dueAt,
      maxWaitInRun: 60_000,
      watch,
      checkNow: async (): Promise<string> => assert.fail('not waited for in the run'),
      arrivedEarly: { look: async () => arrived, judge: async (reply: string) => (judged.push(reply), `judged ${reply}`) },
    });
    const early = scenario();
    assert.equal(await checkOrWatch(early, plan('the reply')), 'judged the reply');
    assert.deepEqual(early.watches, []);
    const none = scenario();
    assert.equal(await checkOrWatch(none, plan(undefined)), undefined);
    assert.equal(none.watches.length, 1);
    assert.deepEqual(judged, ['the reply']);
  });

  test('only time tells, due within what the run may wait: left for the end of the run, citing what the scenario kept', async () => {
    const recorder = scenario();
    const dueAt = new Date(Date.now() + 5_000);
    const cites = [{ name: 'payment page', contentType: 'image/png' }];
    const result = await checkOrWatch(recorder, { dueAt, maxWaitInRun: 60_000, watch, onlyTimeTells: { cites }, checkNow: async () => assert.fail('the scenario does not wait') });
    assert.equal(result, undefined);
    assert.deepEqual(recorder.watches, []);
    assert.deepEqual(recorder.atEndOfRun, [
      { runId: 'run-1', journey: 'some-journey', check: 'no offer reaches me', kind: 'opt-out-ignored', dueAt: dueAt.toISOString(), details: { address: 'sam@shopper.test', since: '2026-12-01T10:00:00.000Z' }, atEndOfRun: true, cites },
    ]);
  });

  test('only time tells, but due after what the run may wait: a watch for a later run, as any other', async () => {
    const recorder = scenario();
    await checkOrWatch(recorder, { dueAt: new Date(Date.now() + 86_400_000), maxWaitInRun: 60_000, watch, onlyTimeTells: {}, checkNow: async () => assert.fail('not checked in the run') });
    assert.equal(recorder.watches.length, 1);
    assert.deepEqual(recorder.atEndOfRun, []);
  });

  test('only time tells, but nothing holds the run open: the scenario waits and checks, as it always could', async () => {
    const recorder = scenario(false);
    const result = await checkOrWatch(recorder, { dueAt: new Date(Date.now() + 10), maxWaitInRun: 60_000, watch, onlyTimeTells: {}, checkNow: async () => 'judged' });
    assert.equal(result, 'judged');
    assert.deepEqual([recorder.watches, recorder.atEndOfRun], [[], []]);
  });

  test('only time tells and something arrived already: judged in the scenario at once', async () => {
    const recorder = scenario();
    const plan = { dueAt: new Date(Date.now() + 5_000), maxWaitInRun: 60_000, watch, onlyTimeTells: {}, checkNow: async (): Promise<string> => assert.fail('not waited for'), arrivedEarly: { look: async () => 'the ticket', judge: async (ticket: string) => `judged ${ticket}` } };
    assert.equal(await checkOrWatch(recorder, plan), 'judged the ticket');
    assert.deepEqual(recorder.atEndOfRun, []);
  });
});
