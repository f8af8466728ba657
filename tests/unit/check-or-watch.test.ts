import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkOrWatch, type WatchDetailsWriter } from '../../src/findings/check-or-watch.ts';
import type { Watch } from '../../src/findings/watches.ts';

// Every journey's check due at a time goes through checkOrWatch: judged in the run when the run may
// wait that long, left as a watch for a later run otherwise.

const codec: WatchDetailsWriter<{ address: string; since: Date }> = {
  journey: 'some-journey',
  write: ({ address, since }) => ({ address, since: since.toISOString() }),
};
const watch = { check: 'no offer reaches me', kind: 'opt-out-ignored' as const, codec, details: { address: 'sam@shopper.test', since: new Date('2026-12-01T10:00:00.000Z') } };

function scenario() {
  const watches: Array<Omit<Watch, 'scenario' | 'recordedAt'>> = [];
  return { watches, runId: 'run-1', notebook: { awaiting: async (verdict: Omit<Watch, 'scenario' | 'recordedAt'>) => void watches.push(verdict) } };
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
});
