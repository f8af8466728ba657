import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, peakPerSlice, percentile, slope } from '../../bench/support/stats.ts';

test('median: the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]));
});

test('percentile: nearest rank, so p95 of 20 values is the 19th smallest', () => {
  const values = Array.from({ length: 20 }, (_, index) => 20 - index);
  assert.equal(percentile(values, 95), 19);
  assert.equal(percentile(values, 50), 10);
  assert.equal(percentile(values, 100), 20);
  assert.equal(percentile(values, 0), 1);
  assert.equal(percentile([7], 95), 7);
  assert.throws(() => percentile(values, 101));
});

test('slope: least squares, zero for a flat series', () => {
  assert.equal(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]), 2);
  assert.equal(slope([{ x: 0, y: 4 }, { x: 1, y: 6 }, { x: 2, y: 4 }, { x: 3, y: 6 }]).toFixed(2), '0.40');
  assert.equal(slope([{ x: 0, y: 7 }, { x: 1, y: 7 }]), 0);
  assert.throws(() => slope([{ x: 0, y: 1 }]));
});

test('peakPerSlice: the largest value of each consecutive slice', () => {
  assert.deepEqual(peakPerSlice([1, 5, 2, 2, 9, 3, 4, 4, 1, 8], 5), [5, 2, 9, 4, 8]);
  assert.deepEqual(peakPerSlice([1, 2, 3], 2), [1, 3]);
});
