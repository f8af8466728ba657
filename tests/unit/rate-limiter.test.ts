import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter, targetRate, workerRateLimiter } from '../../src/safety/rate-limiter.ts';

test('requests are spaced by the rate, in the order they asked', async () => {
  const limiter = new RateLimiter(20);
  const started = Date.now();
  const times: number[] = [];
  await Promise.all([1, 2, 3, 4, 5].map(async () => {
    await limiter.turn();
    times.push(Date.now() - started);
  }));
  assert.ok(times[0]! < 30, `the first request waited ${times[0]} ms`);
  // The n-th request never starts before its slot, n × 50 ms after the first (a timer may fire a millisecond early).
  times.forEach((time, n) => assert.ok(time >= n * 50 - 2, `request ${n + 1} started after ${time} ms, before its slot at ${n * 50} ms`));
});

test('a real company is paced at one request a second by default, the demo not at all, and workers share the rate', async () => {
  assert.deepEqual(targetRate({ demo: false }), { requestsPerSecond: 1 });
  assert.equal(targetRate({ demo: true }), undefined);
  assert.deepEqual(targetRate({ demo: true, rate: { requestsPerSecond: 5 } }), { requestsPerSecond: 5 });

  // 40 requests a second for the run, 2 workers: 20 each, 50 ms apart.
  const share = workerRateLimiter({ requestsPerSecond: 40 }, 2);
  const started = Date.now();
  for (let i = 0; i < 3; i++) await share.turn();
  assert.ok(Date.now() - started >= 95, `three turns at 20/s took ${Date.now() - started} ms`);

  const unpaced = workerRateLimiter(undefined, 2);
  const before = Date.now();
  for (let i = 0; i < 50; i++) await unpaced.turn();
  assert.ok(Date.now() - before < 50);
});
