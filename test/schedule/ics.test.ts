import ICAL from 'ical.js';
import { occurrencesFrom, schedulesToIcs } from '../../src/schedule/index.ts';
import { schedule, utc } from './fixtures.ts';

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
  startDate: '2024-01-15',
});
const firstTuesday = schedule({
  id: 'first-tue',
  recurrence: { kind: 'monthly-weekday', nth: 1, weekday: 2 },
});

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** The first `n` occurrences as the calendar expands them, as floating `YYYY-MM-DDTHH:MM`. */
function expand(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next())
    out.push(next.toString().slice(0, 16));
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ours = (s: ReturnType<typeof schedule>, n: number) =>
  occurrencesFrom(s, utc(2000, 1, 1), n).map(
    ({ civil: c }) => `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`,
  );

describe('.ics export', () => {
  const text = schedulesToIcs([weekly, monthly, firstTuesday], stamp);
  const [a, b, c] = events(text);

  it('has one VEVENT per schedule with UID, DTSTAMP, SUMMARY and DESCRIPTION', () => {
    expect(events(text)).toHaveLength(3);
    expect(a!.uid).toBe('weekly-1@firedrill');
    expect(a!.summary).toBe('Firedrill: Platform fortnightly');
    expect(a!.description).toContain('Web stack, slow then down');
    expect(a!.description).toContain('Europe/Berlin');
    expect(b!.description).toContain('Payments, EU');
    const dtstamp = a!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(dtstamp.toUnixTime() * 1000).toBe(stamp);
  });

  it('writes DTSTART as floating local time at the first occurrence, with the duration', () => {
    expect(a!.startDate.toString()).toBe('2025-01-07T09:30:00');
    expect(a!.startDate.zone?.tzid).toBe('floating');
    expect(a!.duration.toSeconds()).toBe(90 * 60);
  });

  it('writes an RRULE with FREQ, INTERVAL and BYDAY', () => {
    const rule = a!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(2);
    expect(rule.getComponent('byday')).toEqual(['TU']);
    const monthlyRule = c!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(monthlyRule.freq).toBe('MONTHLY');
    expect(monthlyRule.getComponent('byday')).toEqual(['1TU']);
  });

  it('expands in a calendar to the same dates nextOccurrence gives', () => {
    expect(expand(a!, 8)).toEqual(ours(weekly, 8));
    expect(expand(b!, 14)).toEqual(ours(monthly, 14));
    expect(expand(c!, 12)).toEqual(ours(firstTuesday, 12));
    expect(expand(b!, 2)).toEqual(['2024-01-31T10:00', '2024-02-29T10:00']);
  });
});
