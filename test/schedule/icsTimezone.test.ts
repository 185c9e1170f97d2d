import type ICAL from 'ical.js';
import {
  offsetChanges,
  vtimezone,
  yearlyRule,
  zoneObservances,
  type OffsetChange,
} from '../../src/schedule/icsTimezone.ts';
import { iso, utc } from './fixtures.ts';

const YEAR_MS = 365.25 * 86_400_000;

/**
 * The offset changes a VTIMEZONE describes, as ical.js expands its observances (RRULEs
 * included): each onset is a wall-clock time in the offset before it.
 */
function onsetsOf(component: ICAL.Component, until: number): OffsetChange[] {
  const out: OffsetChange[] = [];
  for (const sub of component.getAllSubcomponents()) {
    const from = (sub.getFirstPropertyValue('tzoffsetfrom') as ICAL.UtcOffset).toSeconds();
    const to = (sub.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset).toSeconds();
    const start = sub.getFirstPropertyValue('dtstart') as ICAL.Time;
    const rule = sub.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const iterator = rule?.iterator(start);
    for (let onset: ICAL.Time | null = iterator ? iterator.next() : start; onset;) {
      const at = Date.UTC(onset.year, onset.month - 1, onset.day, onset.hour, onset.minute);
      if (at - from * 1000 >= until) break;
      if (from !== to) out.push({ at: at - from * 1000, from, to });
      onset = iterator ? iterator.next() : null;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const show = (changes: OffsetChange[]) => changes.map((c) => `${iso(c.at)} ${c.from}>${c.to}`);

describe('offset changes read from Intl', () => {
  it.each([
    ['Europe/Paris', ['2025-03-30T01:00 3600>7200', '2025-10-26T01:00 7200>3600']],
    ['America/New_York', ['2025-03-09T07:00 -18000>-14400', '2025-11-02T06:00 -14400>-18000']],
    ['Australia/Sydney', ['2025-04-05T16:00 39600>36000', '2025-10-04T16:00 36000>39600']],
    ['Asia/Tokyo', []],
    ['UTC', []],
  ])('finds the exact instants of the changes of %s in 2025', (zone, expected) => {
    expect(show(offsetChanges(zone, utc(2025, 1, 1), utc(2026, 1, 1)))).toEqual(expected);
  });
});

describe('VTIMEZONE observances', () => {
  const from = utc(2025, 6, 1);
  const to = from + 12 * YEAR_MS;
  const rules = (zone: string) =>
    zoneObservances(zone, from, to).map((o) => `${o.kind} ${o.from}>${o.to} ${o.rrule ?? '-'}`);

  it('writes the yearly daylight-saving rules of both hemispheres', () => {
    expect(rules('Europe/Paris')).toEqual([
      'daylight 3600>7200 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'standard 7200>3600 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
    expect(rules('America/New_York')).toEqual([
      'daylight -18000>-14400 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'standard -14400>-18000 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ]);
    expect(rules('Australia/Sydney')).toEqual([
      'standard 39600>36000 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
      'daylight 36000>39600 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
    ]);
    expect(zoneObservances('Europe/Paris', from, to)[0]!.start).toEqual({
      year: 2024,
      month: 3,
      day: 31,
      hour: 2,
      minute: 0,
      second: 0,
    });
  });

  it('writes one fixed observance for a zone without daylight saving', () => {
    expect(rules('Asia/Tokyo')).toEqual(['standard 32400>32400 -']);
    expect(rules('UTC')).toEqual(['standard 0>0 -']);
    expect(rules('Asia/Kathmandu')).toEqual(['standard 20700>20700 -']);
  });

  it('infers "nth", "last", "weekday on or after" and fixed-day rules', () => {
    const onsets = (days: number[], month = 3) =>
      days.map((day, i) => ({ year: 2025 + i, month, day, hour: 2, minute: 0, second: 0 }));
    // Second Sunday of March 2025–2031.
    expect(yearlyRule(onsets([9, 8, 14, 12, 11, 10, 9]))).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(yearlyRule(onsets([30, 29, 28, 26, 25, 31, 30]))).toBe(
      'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    );
    // Friday before the last Sunday of March (Israel), 2025–2031.
    expect(yearlyRule(onsets([28, 27, 26, 24, 23, 29, 28]))).toBe(
      'FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29',
    );
    expect(yearlyRule(onsets([21, 21, 21, 21, 21, 21, 21]))).toBe(
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21',
    );
    // Too few years to tell a rule, or no rule at all.
    expect(yearlyRule(onsets([9, 8, 14]))).toBeNull();
    expect(yearlyRule(onsets([9, 8, 14, 12, 11, 10, 16]))).toBeNull();
  });

  it.each([
    ['Europe/Paris', 2025, true],
    ['America/New_York', 2025, true],
    ['Australia/Sydney', 2025, true],
    ['Australia/Lord_Howe', 2025, true], // half-hour daylight saving
    ['Pacific/Chatham', 2025, true], // +12:45 / +13:45
    ['Asia/Jerusalem', 2025, true], // Friday before the last Sunday of March
    ['America/Santiago', 2025, true], // first Sunday on or after the 2nd, at local midnight
    ['America/Sao_Paulo', 2017, false], // daylight saving abolished in 2019
    ['Europe/Moscow', 2010, false], // permanent summer time 2011, back to standard 2014
    ['Africa/Casablanca', 2025, false], // suspended each Ramadan: no yearly rule
    ['Asia/Tokyo', 2025, false],
    ['UTC', 2025, false],
  ])(
    '%s from %i: the onsets ical.js expands are exactly the offset changes',
    (zone, year, ruled) => {
      const start = utc(year, 6, 1);
      const end = start + 12 * YEAR_MS;
      // Where the zone has a yearly rule, it must hold 20 years past the derived window too.
      const until = ruled ? end + 20 * YEAR_MS : utc(new Date(end).getUTCFullYear() + 1, 1, 1);
      const component = vtimezone(zone, start, end);
      const ours = onsetsOf(component, until);
      expect(show(ours)).toEqual(show(offsetChanges(zone, utc(year - 1, 1, 1), until)));
      const withRule = component.getAllSubcomponents().filter((c) => c.hasProperty('rrule'));
      expect(withRule.length > 0).toBe(ruled);
    },
  );

  it('keeps the last offset after a zone stops changing (no RRULE left running)', () => {
    const component = vtimezone('America/Sao_Paulo', utc(2017, 6, 1), utc(2030, 1, 1));
    const last = component.getAllSubcomponents().at(-1)!;
    expect(last.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('-03:00');
    expect(last.hasProperty('rrule')).toBe(false);
  });
});
