import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addCalendarMonths, dateAfter, datesInText, daysBetween, formatCalendarDate } from '../../src/text/calendar-dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('datesInText', () => {
  test('day month year, long and short, with ordinals and weekdays', () => {
    const found = datesInText('Renews on 22 November 2027. Paid on Monday, 3rd Feb. 2025; or 1 Sept 2026.');
    assert.deepEqual(
      found.map((entry) => [entry.text, entry.date.toISOString().slice(0, 10)]),
      [
        ['22 November 2027', '2027-11-22'],
        ['3rd Feb. 2025', '2025-02-03'],
        ['1 Sept 2026', '2026-09-01'],
      ],
    );
  });

  test('month day, year (US) and ISO 8601', () => {
    assert.deepEqual(
      datesInText('It renews on May 22, 2027 (2027-05-22).').map((entry) => entry.date),
      [day('2027-05-22'), day('2027-05-22')],
    );
  });

  test('case does not matter, and "of" may join day and month', () => {
    assert.deepEqual(datesInText('the 4TH OF JULY 2026').map((entry) => entry.date), [day('2026-07-04')]);
  });

  test('impossible days and ambiguous numeric dates are not dates', () => {
    assert.deepEqual(datesInText('31 February 2027, 03/04/2027, 2027-13-01, 22 Mayday 2027'), []);
  });

  test('29 February exists only in leap years', () => {
    assert.deepEqual(datesInText('29 Feb 2028 and 29 Feb 2027').map((entry) => entry.text), ['29 Feb 2028']);
  });

  test('where each date starts in the text', () => {
    const [entry] = datesInText('Due: 1 May 2027');
    assert.equal(entry?.index, 5);
  });
});

describe('dateAfter', () => {
  test('the first date after the cue', () => {
    const text = 'Joined on 22 May 2026. Your membership renews on 22 November 2027.';
    assert.equal(dateAfter(text, /renews? on/i)?.text, '22 November 2027');
  });

  test('undefined without the cue or without a date after it', () => {
    assert.equal(dateAfter('Joined on 22 May 2026.', /renews? on/i), undefined);
    assert.equal(dateAfter('22 May 2026 it renews', /renews? on|renews/i), undefined);
  });
});

describe('calendar arithmetic', () => {
  test('addCalendarMonths keeps the day, or takes the month-end', () => {
    assert.deepEqual(addCalendarMonths(day('2026-11-22'), 6), day('2027-05-22'));
    assert.deepEqual(addCalendarMonths(day('2026-08-31'), 6), day('2027-02-28'));
    assert.deepEqual(addCalendarMonths(day('2027-08-31'), 6), day('2028-02-29'));
    assert.deepEqual(addCalendarMonths(day('2026-03-31'), -1), day('2026-02-28'));
  });

  test('daysBetween counts whole days either way', () => {
    assert.equal(daysBetween(day('2026-11-22'), day('2027-05-22')), 181);
    assert.equal(daysBetween(day('2027-05-22'), day('2026-11-22')), -181);
  });

  test('formatCalendarDate writes an unambiguous date', () => {
    assert.equal(formatCalendarDate(day('2027-05-22')), '22 May 2027');
    assert.equal(formatCalendarDate(day('2026-09-01')), '1 Sep 2026');
  });
});
