import type { Schedule } from '../../src/schedule/index.ts';
import {
  describeSchedule,
  firstDate,
  instantOf,
  nextOccurrence,
  nthWeekdayOfMonth,
  occurrencesFrom,
  toRRule,
} from '../../src/schedule/index.ts';
import { iso, schedule, utc } from './fixtures.ts';

const next = (s: Schedule, now: number, count = 4) =>
  occurrencesFrom(s, now, count).map((o) => iso(o.at));

describe('weekly recurrence', () => {
  it('falls on the weekday at the time of day, from the start date on', () => {
    // 2025-01-01 is a Wednesday: the first Tuesday on or after it is the 7th.
    const s = schedule({ recurrence: { kind: 'weekly', every: 1, weekday: 2 } });
    expect(next(s, utc(2024, 12, 1), 3)).toEqual([
      '2025-01-07T10:00',
      '2025-01-14T10:00',
      '2025-01-21T10:00',
    ]);
  });

  it('includes a drill starting exactly now and skips one that already started', () => {
    const s = schedule();
    expect(iso(nextOccurrence(s, utc(2025, 1, 14, 10)))).toBe('2025-01-14T10:00');
    expect(iso(nextOccurrence(s, utc(2025, 1, 14, 10, 1)))).toBe('2025-01-21T10:00');
  });

  it('every two weeks counts from the first occurrence, not from now', () => {
    const s = schedule({ recurrence: { kind: 'weekly', every: 2, weekday: 2 } });
    expect(next(s, utc(2025, 1, 8), 3)).toEqual([
      '2025-01-21T10:00',
      '2025-02-04T10:00',
      '2025-02-18T10:00',
    ]);
    // Far in the future the phase is kept: 2025-01-07 + 52 × 14 days = 2027-01-05.
    expect(iso(nextOccurrence(s, utc(2026, 12, 30)))).toBe('2027-01-05T10:00');
  });

  it('crosses the year end', () => {
    const s = schedule({ recurrence: { kind: 'weekly', every: 1, weekday: 4 } });
    expect(next(s, utc(2025, 12, 24), 3)).toEqual([
      '2025-12-25T10:00',
      '2026-01-01T10:00',
      '2026-01-08T10:00',
    ]);
  });
});

describe('monthly on a weekday', () => {
  it('first Tuesday of each month', () => {
    const s = schedule({ recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 } });
    expect(next(s, utc(2025, 1, 1), 4)).toEqual([
      '2025-01-07T10:00',
      '2025-02-04T10:00',
      '2025-03-04T10:00',
      '2025-04-01T10:00',
    ]);
  });

  it('last Friday, including months with five Fridays', () => {
    const s = schedule({ recurrence: { kind: 'monthly-weekday', nth: -1, weekday: 5 } });
    expect(next(s, utc(2025, 1, 1), 3)).toEqual([
      '2025-01-31T10:00',
      '2025-02-28T10:00',
      '2025-03-28T10:00',
    ]);
  });

  it('fourth Sunday when the month starts on a Sunday', () => {
    // June 2025 starts on a Sunday.
    expect(nthWeekdayOfMonth(2025, 6, 4, 0)).toEqual({ year: 2025, month: 6, day: 22 });
    expect(nthWeekdayOfMonth(2025, 6, 1, 0)).toEqual({ year: 2025, month: 6, day: 1 });
  });

  it('skips this month when its date is before the start date', () => {
    const s = schedule({
      recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 },
      startDate: '2025-01-10',
    });
    expect(firstDate(s)).toEqual({ year: 2025, month: 2, day: 4 });
  });
});

describe('monthly on a day of month', () => {
  it('the last day follows month lengths and leap years', () => {
    const s = schedule({ recurrence: { kind: 'monthly-day', day: -1 }, startDate: '2024-01-01' });
    expect(next(s, utc(2024, 1, 1), 4)).toEqual([
      '2024-01-31T10:00',
      '2024-02-29T10:00',
      '2024-03-31T10:00',
      '2024-04-30T10:00',
    ]);
    expect(iso(nextOccurrence(s, utc(2025, 2, 1)))).toBe('2025-02-28T10:00');
  });

  it('day 28 exists in every month; day 29 and above are refused', () => {
    const s = schedule({ recurrence: { kind: 'monthly-day', day: 28 } });
    expect(iso(nextOccurrence(s, utc(2025, 2, 1)))).toBe('2025-02-28T10:00');
    expect(() => schedule({ recurrence: { kind: 'monthly-day', day: 31 } as never })).toThrow();
  });

  it('December rolls over to January', () => {
    const s = schedule({ recurrence: { kind: 'monthly-day', day: 15 } });
    expect(next(s, utc(2025, 12, 16), 2)).toEqual(['2026-01-15T10:00', '2026-02-15T10:00']);
  });
});

describe('time zones', () => {
  it('keeps the wall-clock time across daylight-saving changes', () => {
    const s = schedule({ timeZone: 'Europe/Berlin', startDate: '2025-03-01' });
    // Berlin moves to summer time on 2025-03-30: 10:00 local is 09:00Z before, 08:00Z after.
    expect(next(s, utc(2025, 3, 20), 2)).toEqual(['2025-03-25T09:00', '2025-04-01T08:00']);
  });

  it('a zone west of UTC can put the drill on the previous UTC day', () => {
    const s = schedule({ timeZone: 'America/Los_Angeles', time: '20:00' });
    // Tuesday 2025-01-07 20:00 PST = Wednesday 04:00Z.
    expect(iso(nextOccurrence(s, utc(2025, 1, 7)))).toBe('2025-01-08T04:00');
  });

  it('a time in the spring-forward gap moves forward; an ambiguous one takes the earlier instant', () => {
    const gap = instantOf({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, 'Europe/Berlin');
    expect(iso(gap)).toBe('2025-03-30T01:30'); // 03:30 CEST
    const overlap = instantOf(
      { year: 2025, month: 10, day: 26, hour: 2, minute: 30 },
      'Europe/Berlin',
    );
    expect(iso(overlap)).toBe('2025-10-26T00:30'); // the first 02:30, still CEST
  });

  it('rejects unknown zones and impossible dates', () => {
    expect(() => schedule({ timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => schedule({ startDate: '2025-02-30' })).toThrow(/date/);
    expect(() => schedule({ time: '24:00' })).toThrow(/time/);
  });
});

describe('RRULE and description', () => {
  it('writes the rule each recurrence means', () => {
    expect(toRRule({ kind: 'weekly', every: 2, weekday: 2 })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    );
    expect(toRRule({ kind: 'monthly-weekday', nth: 1, weekday: 2 })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU',
    );
    expect(toRRule({ kind: 'monthly-weekday', nth: -1, weekday: 5 })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR',
    );
    expect(toRRule({ kind: 'monthly-day', day: -1 })).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1');
  });

  it('describes the schedule in words', () => {
    expect(
      describeSchedule(
        schedule({
          recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 },
          timeZone: 'Europe/Berlin',
        }),
      ),
    ).toBe('Monthly on the first Tuesday at 10:00 (Europe/Berlin)');
  });
});
