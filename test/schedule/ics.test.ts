import ICAL from 'ical.js';
import { occurrencesFrom, schedulesToIcs } from '../../src/schedule/index.ts';
import { iso, schedule, utc } from './fixtures.ts';

const stamp = utc(2025, 1, 2, 8, 30);

const weekly = schedule({
  id: 'weekly-1',
  title: 'Platform fortnightly',
  recurrence: { kind: 'weekly', every: 2, weekday: 2 },
  time: '09:30',
  durationMinutes: 90,
  timeZone: 'Europe/Berlin',
  scenario: {
    kind: 'fixed',
    scenarioId: 'web-stack-outage-2023-10',
    title: 'Web stack, slow then down',
  },
});
const monthly = schedule({
  id: 'monthly-1',
  title: 'Last-day drill',
  team: 'Payments, EU',
  recurrence: { kind: 'monthly-day', day: -1 },
  timeZone: 'America/New_York',
  startDate: '2024-01-15',
});
const firstTuesday = schedule({
  id: 'first-tue',
  recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 },
  timeZone: 'Australia/Sydney',
});

/**
 * Parses a calendar the way an importing app does: every VTIMEZONE registered with ical.js's
 * time-zone service, so DTSTART;TZID=… resolves to the zone the file defines.
 */
function load(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, zones, events };
}

/** The first `n` occurrences as ical.js expands them, as UTC instants. */
function expand(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next())
    out.push(iso(next.toUnixTime() * 1000));
  return out;
}

const ours = (s: ReturnType<typeof schedule>, n: number) =>
  occurrencesFrom(s, utc(2000, 1, 1), n).map((o) => iso(o.at));

beforeEach(() => ICAL.TimezoneService.reset());

describe('.ics export', () => {
  const text = schedulesToIcs([weekly, monthly, firstTuesday], stamp);

  it('has one VEVENT per schedule with UID, DTSTAMP, SUMMARY, DESCRIPTION and CATEGORIES', () => {
    const { events } = load(text);
    expect(events).toHaveLength(3);
    const [a, b] = events;
    expect(a!.uid).toBe('weekly-1@firedrill');
    expect(a!.summary).toBe('Firedrill: Platform fortnightly');
    expect(a!.description).toContain('Web stack, slow then down');
    expect(a!.description).toContain('Europe/Berlin');
    expect(b!.description).toContain('Payments, EU');
    expect(b!.component.getFirstProperty('categories')!.getValues()).toEqual([
      'Firedrill',
      'Payments, EU',
    ]);
    const dtstamp = a!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(dtstamp.toUnixTime() * 1000).toBe(stamp);
  });

  it('writes DTSTART with the schedule zone as TZID, defined once by a VTIMEZONE', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20250107T093000\r\n');
    const { zones, events } = load(text);
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
    ]);
    const start = events[0]!.startDate;
    expect(start.toString()).toBe('2025-01-07T09:30:00');
    expect(start.zone?.tzid).toBe('Europe/Berlin');
    // The zone is the file's own VTIMEZONE, not a floating or built-in one.
    expect(start.zone?.component?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events[0]!.duration.toSeconds()).toBe(90 * 60);
    expect(iso(start.toUnixTime() * 1000)).toBe('2025-01-07T08:30');
  });

  it('shares one VTIMEZONE between schedules in the same zone, and accepts any spelling', () => {
    const other = schedule({ id: 'b', timeZone: 'europe/berlin', startDate: '2023-06-01' });
    const { zones, events } = load(schedulesToIcs([weekly, other], stamp));
    expect(zones).toHaveLength(1);
    expect(events[1]!.startDate.zone?.tzid).toBe('Europe/Berlin');
    // The zone covers the earlier of the two first drills (summer 2023, daylight time).
    expect(expand(events[1]!, 1)).toEqual(['2023-06-06T08:00']);
  });

  it('writes an RRULE with FREQ, INTERVAL and BYDAY/BYMONTHDAY', () => {
    const [a, b, c] = load(text).events;
    const rule = a!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect([rule.freq, rule.interval, rule.getComponent('byday')]).toEqual(['WEEKLY', 2, ['TU']]);
    const lastDay = b!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect([lastDay.freq, lastDay.getComponent('bymonthday')]).toEqual(['MONTHLY', [-1]]);
    const monthlyRule = c!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect([monthlyRule.freq, monthlyRule.getComponent('byday')]).toEqual(['MONTHLY', ['1TU']]);
  });

  it('expands weekly, fortnightly and monthly rules to the instants nextOccurrence gives', () => {
    const [a, b, c] = load(text).events;
    expect(expand(a!, 30)).toEqual(ours(weekly, 30));
    expect(expand(b!, 30)).toEqual(ours(monthly, 30));
    expect(expand(c!, 30)).toEqual(ours(firstTuesday, 30));
    // 10:00 in New York: UTC-5 in January, UTC-4 from March (EDT).
    expect(expand(b!, 3)).toEqual(['2024-01-31T15:00', '2024-02-29T15:00', '2024-03-31T14:00']);
  });

  it.each([
    ['Europe/Paris', '2025-03-01', '2025-03-31T05:00', '2025-10-27T06:00'],
    ['America/New_York', '2025-03-01', '2025-03-10T11:00', '2025-11-03T12:00'],
    ['Australia/Sydney', '2025-03-01', '2025-04-06T21:00', '2025-10-05T20:00'],
    ['Asia/Tokyo', '2025-03-01', '2025-03-30T22:00', '2025-10-26T22:00'],
    ['UTC', '2025-03-01', '2025-03-31T07:00', '2025-10-27T07:00'],
  ])(
    'in %s, every drill for two years lands on the same UTC instant as nextOccurrence',
    (timeZone, startDate, afterSpring, afterAutumn) => {
      // Mondays at 07:00: the first Monday after each change shows the offset moved.
      const s = schedule({
        timeZone,
        startDate,
        time: '07:00',
        recurrence: { kind: 'weekly', every: 1, weekday: 1 },
      });
      const [event] = load(schedulesToIcs([s], stamp)).events;
      expect(event!.startDate.zone?.component).toBeTruthy();
      const expanded = expand(event!, 106);
      expect(expanded).toEqual(ours(s, 106));
      expect(expanded).toContain(afterSpring);
      expect(expanded).toContain(afterAutumn);
    },
  );

  it('escapes commas, semicolons, backslashes and newlines in text, and reads them back', () => {
    const s = schedule({
      title: 'Drill; phase 1, part A \\ B',
      team: 'Ops, EU; night\nshift',
    });
    const text = schedulesToIcs([s], stamp);
    expect(text).toContain('SUMMARY:Firedrill: Drill\\; phase 1\\, part A \\\\ B\r\n');
    expect(text).toContain('CATEGORIES:Firedrill,Ops\\, EU\\; night\\nshift\r\n');
    const [event] = load(text).events;
    expect(event!.summary).toBe('Firedrill: Drill; phase 1, part A \\ B');
    expect(event!.description).toContain('Incident-response drill for Ops, EU; night\nshift.');
    expect(event!.component.getFirstProperty('categories')!.getValues()).toEqual([
      'Firedrill',
      'Ops, EU; night\nshift',
    ]);
  });

  it('turns a bare CR into a newline and drops other control characters', () => {
    const s = schedule({ title: 'Night\r\nshift\rdrill\u0007 \tnow', team: 'A\rB' });
    const text = schedulesToIcs([s], stamp);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).not.toContain('\u0007');
    const [event] = load(text).events;
    expect(event!.summary).toBe('Firedrill: Night\nshift\ndrill \tnow');
    expect(event!.component.getFirstProperty('categories')!.getValues()).toEqual([
      'Firedrill',
      'A\nB',
    ]);
  });

  it('ends every line with CRLF and folds lines at 75 octets, even in multi-byte text', () => {
    const title = 'Équipe 🚒 de garde — exercice incendie '.repeat(3).trim();
    const text = schedulesToIcs([schedule({ title })], stamp);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(load(text).events[0]!.summary).toBe(`Firedrill: ${title}`);
  });
});
