/**
 * Calendar export: one VEVENT with an RRULE per schedule, through the `ics` package.
 *
 * Time zones: `ics` cannot write TZID/VTIMEZONE, and a UTC DTSTART with a weekly RRULE would
 * drift by an hour in local calendars at every daylight-saving change. So DTSTART is written
 * as floating local time (the schedule's wall-clock time, RFC 5545 form #1): calendars show
 * the drill at that time every week, all year. The description names the schedule's zone for
 * teams spread across zones.
 */
import { createEvents, type EventAttributes } from 'ics';
import { firstDate, toRRule } from './recurrence.ts';
import { describeSchedule, type Schedule } from './schedule.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Floating local date-time, `YYYYMMDDTHHMMSS` (no Z, no TZID). */
function floatingStart(s: Schedule): string {
  const d = firstDate(s);
  return `${d.year}${pad(d.month)}${pad(d.day)}T${s.time.replace(':', '')}00`;
}

function scenarioLine(s: Schedule): string {
  return s.scenario.kind === 'fixed'
    ? `Scenario: ${s.scenario.title || s.scenario.scenarioId}`
    : `Scenario: a surprise, picked when the drill starts among those the team has not played in ${s.scenario.recentDays} days`;
}

/** The event for one schedule. `stamp` is DTSTAMP (ms since epoch): passed in, never read. */
export function scheduleEvent(s: Schedule, stamp: number): EventAttributes {
  // `timestamp` (DTSTAMP) is accepted by the package's schema but missing from its types.
  const event: EventAttributes & { timestamp: number } = {
    uid: `${s.id}@firedrill`,
    timestamp: stamp,
    start: floatingStart(s),
    duration: { hours: Math.floor(s.durationMinutes / 60), minutes: s.durationMinutes % 60 },
    title: `Firedrill: ${s.title}`,
    description: [
      `Incident-response drill for ${s.team}.`,
      describeSchedule(s) + '.',
      scenarioLine(s) + '.',
      'Open Firedrill and press "Start now" on the lobby card.',
    ].join('\n'),
    recurrenceRule: toRRule(s.recurrence),
    categories: ['Firedrill', s.team],
    productId: 'firedrill/schedule',
  };
  return event;
}

/** A VCALENDAR with every schedule. Throws when `ics` rejects an event. */
export function schedulesToIcs(schedules: readonly Schedule[], stamp: number): string {
  const { error, value } = createEvents(
    schedules.map((s) => scheduleEvent(s, stamp)),
    { productId: 'firedrill/schedule', calName: 'Firedrill drills' },
  );
  if (error || value === null) throw error ?? new Error('calendar export failed');
  return value;
}
