import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findJargon } from '../../journeys/track-delivery/tracking-jargon.ts';

const terms = (text: string) => findJargon(text).map((jargon) => jargon.term);

test('a carrier feed is jargon: EDI messages, sorting-centre codes, status codes, abbreviations', () => {
  const feed = [
    'Shipment DS48213',
    'Time\tEvent',
    '2046-03-02 09:12\tPre-notice received as EDI message (IFTMIN)',
    '2046-03-02 15:12\tSorted at Itella 01010',
    '2046-03-03 05:12\tStatus 22: ARR TERM 00980',
  ].join('\n');
  assert.deepEqual(terms(feed), ['EDI message', 'IFTMIN', 'Itella 01010', 'Status 22', 'ARR', 'TERM', '00980']);
  assert.equal(findJargon(feed)[2]?.line, '2046-03-02 15:12 Sorted at Itella 01010');
});

test('terminal codes after any place word, and carriers’ other message names', () => {
  assert.deepEqual(terms('Arrived at terminal 10115'), ['terminal 10115']);
  assert.deepEqual(terms('Departed hub 4410 on time'), ['4410']);
  assert.deepEqual(terms('Scan code 45 – IFTSTA sent'), ['Scan code 45', 'IFTSTA']);
  assert.deepEqual(terms('Awaiting pre-advice from shipper'), ['pre-advice']);
});

test('a tracking page in customer language has no jargon', () => {
  const page = [
    'Your parcel DS48213',
    'Day backpack for Sam Shopper, 12 Park Lane, Demo Town.',
    'When it arrives',
    'Expected on Tuesday 3 June, between 14:00 and 16:00.',
    'Not at home then? Collect it from Demo Pick-up Point, Station Road, Demo Town instead.',
    'So far',
    'Mon 2 June, 09:12: We have your order and are getting it ready.',
    'Mon 2 June, 15:12: Your parcel has reached the depot near you.',
    'Delivered at 2025-06-03 14:31 to 10 Downing Street, London SW1A 2AA',
  ].join('\n');
  assert.deepEqual(findJargon(page), []);
});

test('a postcode or a house number is not a terminal code', () => {
  assert.deepEqual(terms('Delivering to Mannerheimintie 12, 00100 Helsinki'), []);
  assert.deepEqual(terms('We will deliver at 14:00 to 221B Baker Street'), []);
});
