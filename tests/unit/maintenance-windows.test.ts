import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instant, maintenanceAt, maintenanceWindowsSchema, nextMaintenance } from '../../src/config/maintenance-windows.ts';

const windows = maintenanceWindowsSchema.parse([
  { name: 'Sunday deploys', cron: '0 2 * * 0', duration: '2h', timezone: 'Europe/Helsinki' },
  { from: '2026-12-24T18:00', to: '2026-12-26T08:00', timezone: 'Europe/Helsinki' },
]);

test('a recurring window: from each cron time in its zone, for its duration', () => {
  // Sunday 6 Dec 2026, 02:00 in Helsinki (UTC+2) is 00:00 UTC.
  assert.deepEqual(maintenanceAt(windows, new Date('2026-12-06T00:30:00Z')), { window: 'Sunday deploys', from: '2026-12-06T00:00:00.000Z', until: '2026-12-06T02:00:00.000Z' });
  assert.equal(maintenanceAt(windows, new Date('2026-12-06T02:00:00Z')), undefined, 'the end is outside');
  assert.equal(maintenanceAt(windows, new Date('2026-12-05T23:59:59Z')), undefined);
  assert.equal(maintenanceAt(windows, new Date('2026-12-07T00:30:00Z')), undefined, 'a Monday');
});

test('a one-off window in its zone; the next window is the one in progress, else the soonest', () => {
  assert.equal(maintenanceAt(windows, new Date('2026-12-24T16:00:00Z'))?.window, 'planned maintenance');
  assert.equal(maintenanceAt(windows, new Date('2026-12-24T15:59:00Z')), undefined);
  assert.deepEqual(nextMaintenance(windows, new Date('2026-12-22T00:00:00Z')), { window: 'planned maintenance', from: '2026-12-24T16:00:00.000Z', until: '2026-12-26T06:00:00.000Z' });
  assert.equal(nextMaintenance(windows, new Date('2026-12-20T00:30:00Z'))?.from, '2026-12-20T00:00:00.000Z', 'in progress');
  assert.equal(nextMaintenance(windows, new Date('2026-12-08T00:00:00Z'))?.from, '2026-12-13T00:00:00.000Z');
});

test('summer time: the zone\'s offset at that wall-clock time', () => {
  assert.equal(new Date(instant('2026-07-01T12:00', 'Europe/Helsinki')).toISOString(), '2026-07-01T09:00:00.000Z');
  assert.equal(new Date(instant('2026-07-01T12:00+00:00', 'Europe/Helsinki')).toISOString(), '2026-07-01T12:00:00.000Z');
});

test('a bad window is named when the config is loaded', () => {
  const issues = (input: unknown) => maintenanceWindowsSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  assert.deepEqual(issues([{ cron: 'every sunday', duration: '2h' }])?.length, 1);
  assert.match(issues([{ cron: '0 2 * * 0', duration: 'two hours' }])![0]!, /is not a duration/);
  assert.match(issues([{ from: '2026-12-26T08:00', to: '2026-12-24T18:00' }])![0]!, /must be later than "from"/);
  assert.match(issues([{ from: '2026-12-24T08:00', to: '2026-12-26T18:00', timezone: 'Mars/Olympus' }])![0]!, /unknown time zone "Mars\/Olympus"/);
});
