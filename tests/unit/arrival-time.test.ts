import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArrivalTime } from '../../journeys/track-delivery/arrival-time.ts';
import { isAdvanceNotice, readDeliveryNotice } from '../../journeys/track-delivery/delivery-notice.ts';

test('a day and a time window with words about arriving is an arrival time', () => {
  for (const text of [
    'Expected on Tuesday 3 June, between 14:00 and 16:00.',
    'Your parcel arrives tomorrow, 2–4pm',
    'Estimated delivery: 3 June 14:00 - 16:00',
    'ETA Wed 10:00–12:00',
    'We will deliver on June 3rd between 9am and 11am',
  ]) {
    const arrival = findArrivalTime(text);
    assert.ok(arrival, text);
    assert.equal(arrival.window, true, text);
  }
});

test('a single time is an arrival time but not a window', () => {
  assert.deepEqual(findArrivalTime('Estimated arrival: today at 15:30'), { phrase: 'Estimated arrival: today at 15:30', window: false });
});

test('a label line with its value on the next line counts', () => {
  assert.deepEqual(findArrivalTime('Estimated arrival\nThursday 5 June, 08:00–10:00\nSo far'), {
    phrase: 'Estimated arrival Thursday 5 June, 08:00–10:00',
    window: true,
  });
});

test('event times, a day without a time, or a date that looks like a time are not an arrival time', () => {
  assert.equal(findArrivalTime('2046-03-02 15:12 Sorted at Itella 01010\nMon 2 June, 09:12: Arrived at the depot'), undefined);
  assert.equal(findArrivalTime('Expected delivery: Tuesday 3 June'), undefined);
  assert.equal(findArrivalTime('Expected on 03.06.2025'), undefined);
  assert.equal(findArrivalTime('Estimated arrival: –'), undefined);
});

test('among several, a time window is preferred', () => {
  const text = 'Expected today at 12:00. Update: expected on Friday 6 June between 12:00 and 14:00.';
  assert.equal(findArrivalTime(text)?.phrase, 'Update: expected on Friday 6 June between 12:00 and 14:00.');
});

test('an advance notice needs a time window; the pick-up alternative is read beside it', () => {
  const text =
    'DemoShop: your parcel DS48213 arrives Tuesday 3 June, 14:00–16:00. Not at home? Collect it from Demo Pick-up Point, Station Road instead: http://x/track/DS48213';
  assert.deepEqual(readDeliveryNotice(text), {
    window: { phrase: 'DemoShop: your parcel DS48213 arrives Tuesday 3 June, 14:00–16:00.', window: true },
    pickUpAlternative: true,
  });
  assert.equal(isAdvanceNotice('Thank you for your order DS48213. We will tell you before the courier comes.'), false);
  assert.equal(readDeliveryNotice('Your parcel arrives on Tuesday 3 June between 14:00 and 16:00.').pickUpAlternative, false);
  assert.equal(readDeliveryNotice('Or pick it up at your nearest parcel locker.').pickUpAlternative, true);
});
