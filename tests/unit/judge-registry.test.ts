import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { Watch } from '../../src/findings/watches.ts';
import { judgeDueWatches } from '../../src/watches/judge-due-watches.ts';
import { clearJudges, hasJudge, judgeOf, registerJudges, registeredJudges, watchKindsOf, type WatchJudge } from '../../src/watches/judge-registry.ts';
import { passed } from '../../src/watches/judgements.ts';
import { JOURNEY_JUDGES, registerJourneys } from '../../journeys/register-journeys.ts';

afterEach(clearJudges);

const now = new Date();
const watch = (journey: string, kind: Watch['kind']): Watch => ({
  runId: 'old-run', journey, scenario: 's', check: 'c', kind, dueAt: now.toISOString(), recordedAt: now.toISOString(), details: {},
});
const judgeFor = (journey: string, kind: Watch['kind']): WatchJudge => ({ journey, kind, judge: async (pending) => passed(pending, now) });

test('a judge is found by its journey and kind; another journey with the same kind has none', () => {
  const optOut = judgeFor('unsubscribe', 'opt-out-ignored');
  registerJudges([optOut]);
  assert.equal(judgeOf(watch('unsubscribe', 'opt-out-ignored')), optOut.judge);
  assert.equal(hasJudge(watch('contact-frequency', 'opt-out-ignored')), false);
});

test("a journey's watch kinds come in the order its judges were registered; registering one again replaces it", () => {
  registerJudges([judgeFor('contact-frequency', 'opt-out-ignored'), judgeFor('contact-frequency', 'contact-overload'), judgeFor('rent-car', 'quote-mismatch')]);
  const again = judgeFor('contact-frequency', 'opt-out-ignored');
  registerJudges([again]);
  assert.deepEqual(watchKindsOf('contact-frequency'), ['opt-out-ignored', 'contact-overload']);
  assert.equal(judgeOf(watch('contact-frequency', 'opt-out-ignored')), again.judge);
  assert.equal(registeredJudges().length, 3);
  assert.deepEqual(watchKindsOf('track-delivery'), []);
});

test('the journeys register one judge per journey and kind, and registering them twice changes nothing', () => {
  registerJourneys();
  registerJourneys();
  assert.equal(registeredJudges().length, JOURNEY_JUDGES.length);
  assert.equal(new Set(JOURNEY_JUDGES.map(({ journey, kind }) => `${journey} ${kind}`)).size, JOURNEY_JUDGES.length);
});

test('due watches in a process that registered no judge stay open, with a warning that says why', async (t) => {
  const warn = t.mock.method(console, 'warn', () => undefined);
  let opened = 0;
  const judgements = await judgeDueWatches([watch('unsubscribe', 'opt-out-ignored')], {
    companyName: 'Demo Shop',
    now,
    openChannels: () => (opened++, Promise.reject(new Error('not opened'))),
  });
  assert.deepEqual(judgements, []);
  assert.equal(opened, 0);
  assert.match(String(warn.mock.calls[0]!.arguments[0]), /1 watch\(es\) due stay for a later run: no journey's judges are registered/);
});
