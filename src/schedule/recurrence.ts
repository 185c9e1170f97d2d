/**
 * When a schedule's drills happen: civil dates from the recurrence rule, instants through the
 * schedule's time zone (see `civil.ts`), and the equivalent iCalendar RRULE.
 */
import {
  daysInMonth,
  epochDay,
  fromEpochDay,
  instantOf,
  parseCivilDate,
  parseTimeOfDay,
  weekdayOf,
  type CivilDate,
  type CivilDateTime,
} from './civil.ts';
import type { Recurrence, Schedule } from './schedule.ts';

type Timing = Pick<Schedule, 'recurrence' | 'time' | 'timeZone' | 'startDate'>;

/** The date of the `nth` (1–4, or -1 = last) `weekday` of a month. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  nth: number,
  weekday: number,
): CivilDate {
  if (nth === -1) {
    const last = daysInMonth(year, month);
    const shift = (weekdayOf({ year, month, day: last }) - weekday + 7) % 7;
    return { year, month, day: last - shift };
  }
  const shift = (weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7;
  return { year, month, day: 1 + shift + (nth - 1) * 7 };
}

/** The drill's date in a month for the monthly rules. */
function dateInMonth(r: Recurrence, year: number, month: number): CivilDate {
  if (r.kind === 'monthly-weekday') return nthWeekdayOfMonth(year, month, r.nth, r.weekday);
  if (r.kind === 'monthly-day')
    return { year, month, day: r.day === -1 ? daysInMonth(year, month) : r.day };
  throw new Error('not a monthly rule');
}

function startOf(timing: Timing): CivilDate {
  const start = parseCivilDate(timing.startDate);
  if (!start) throw new Error(`invalid start date ${timing.startDate}`);
  return start;
}

/** The first drill date on or after the start date. */
export function firstDate(timing: Timing): CivilDate {
  const start = startOf(timing);
  const r = timing.recurrence;
  if (r.kind === 'weekly')
    return fromEpochDay(epochDay(start) + ((r.weekday - weekdayOf(start) + 7) % 7));
  const inStartMonth = dateInMonth(r, start.year, start.month);
  if (epochDay(inStartMonth) >= epochDay(start)) return inStartMonth;
  const next = start.month === 12 ? [start.year + 1, 1] : [start.year, start.month + 1];
  return dateInMonth(r, next[0]!, next[1]!);
}

/** Drill dates in order, starting with the first one whose epoch day is ≥ `fromDay`. */
function* datesFrom(timing: Timing, fromDay: number): Generator<CivilDate> {
  const first = firstDate(timing);
  const r = timing.recurrence;
  if (r.kind === 'weekly') {
    const step = 7 * r.every;
    const k = Math.max(0, Math.ceil((fromDay - epochDay(first)) / step));
    for (let day = epochDay(first) + k * step; ; day += step) yield fromEpochDay(day);
  }
  let { year, month } = first;
  const from = fromEpochDay(fromDay);
  if (from.year * 12 + from.month > year * 12 + month) ({ year, month } = from);
  for (;;) {
    const date = dateInMonth(r, year, month);
    if (epochDay(date) >= Math.max(fromDay, epochDay(first))) yield date;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

const at = (date: CivilDate, time: string): CivilDateTime => {
  const t = parseTimeOfDay(time);
  if (!t) throw new Error(`invalid time ${time}`);
  return { ...date, ...t };
};

/**
 * The next `count` drills starting at or after `now` (ms since epoch), as instants with their
 * civil date and time in the schedule's zone.
 */
export function occurrencesFrom(
  timing: Timing,
  now: number,
  count: number,
): { at: number; civil: CivilDateTime }[] {
  const out: { at: number; civil: CivilDateTime }[] = [];
  // Start two days early: the civil date in the schedule's zone may lag UTC by up to a day.
  const fromDay = Math.floor(now / 86_400_000) - 2;
  for (const date of datesFrom(timing, fromDay)) {
    const civil = at(date, timing.time);
    const instant = instantOf(civil, timing.timeZone);
    if (instant >= now) out.push({ at: instant, civil });
    if (out.length >= count) break;
  }
  return out;
}

/** The next drill at or after `now`, as ms since epoch. */
export function nextOccurrence(timing: Timing, now: number): number {
  return occurrencesFrom(timing, now, 1)[0]!.at;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The RFC 5545 RRULE for the recurrence (`BYMONTHDAY=-1` is the month's last day). */
export function toRRule(r: Recurrence): string {
  if (r.kind === 'weekly') return `FREQ=WEEKLY;INTERVAL=${r.every};BYDAY=${BYDAY[r.weekday]}`;
  if (r.kind === 'monthly-weekday')
    return `FREQ=MONTHLY;INTERVAL=1;BYDAY=${r.nth}${BYDAY[r.weekday]}`;
  return `FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=${r.day}`;
}
