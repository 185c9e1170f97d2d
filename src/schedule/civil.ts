/**
 * Calendar arithmetic on civil (wall-clock) dates, and conversion to instants in a time zone.
 *
 * Time-zone choice: a schedule says "first Tuesday at 10:00 in Europe/Berlin". Occurrences are
 * computed as civil dates with DST-free day counting (`Date.UTC` used as a pure calendar), and
 * only the final civil date + time is turned into an instant, through `Intl` in the schedule's
 * IANA zone. So a drill stays at 10:00 local across daylight-saving changes. A wall-clock time
 * that does not exist (spring-forward gap) moves forward by the gap; an ambiguous one
 * (fall-back) takes the earlier instant.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface CivilDateTime extends CivilDate {
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a civil date (proleptic Gregorian, no time zone). */
export const epochDay = (d: CivilDate): number => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

export function fromEpochDay(n: number): CivilDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: CivilDate): number => (((epochDay(d) + 4) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `YYYY-MM-DD` → civil date, or null when it is not a real date. */
export function parseCivilDate(text: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

export const formatCivilDate = (d: CivilDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** `HH:MM` (24 h) → hour and minute, or null. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Is this an IANA time zone name the runtime knows? */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The civil date and time an instant shows on a wall clock in `timeZone`. */
export function civilAt(instant: number, timeZone: string): CivilDateTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of `timeZone` from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  const c = civilAt(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall clock in `timeZone` shows `c` (see the module comment for gaps/overlaps). */
export function instantOf(c: CivilDateTime, timeZone: string): number {
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  // Zones change offset at most once within two days, so the offsets a day either side
  // are the only candidates.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t) => {
    const back = civilAt(t, timeZone);
    return back.hour === c.hour && back.minute === c.minute && back.day === c.day;
  });
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}
