/**
 * VTIMEZONE components built from the runtime's own time-zone data (`Intl`), so an exported
 * calendar carries exactly the offsets the app used to compute drill times (`civil.ts`).
 *
 * Why not a package: the VTIMEZONE generators on npm ship a frozen copy of the IANA data
 * (`@touch4it/ical-timezones` also reads it with `node:fs`, which a browser lacks), while the
 * browser's `Intl` is kept current by the browser itself and costs no bytes.
 *
 * How: the zone's UTC offset is sampled weekly across a window of years and each change is
 * located to the second by bisection. The changes that follow the zone's current yearly rule
 * ("last Sunday of March at 02:00") become STANDARD/DAYLIGHT observances with a yearly RRULE,
 * so calendars keep applying them after the window; older, irregular changes (a zone that
 * changed its rules) get one observance each. A zone whose last change lies inside the window
 * keeps that last offset afterwards, as RFC 5545 §3.6.5 reads. Two changes less than a week
 * apart would be missed by the weekly sampling (the tests check real zones change by change).
 */
import ICAL from 'ical.js';
import { civilAt, daysInMonth, weekdayOf, type CivilDateTime } from './civil.ts';

type Wall = CivilDateTime & { second: number };

/** A change of a zone's UTC offset. Offsets are seconds east of Greenwich. */
export interface OffsetChange {
  /** First instant (ms since epoch) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** One STANDARD or DAYLIGHT sub-component of a VTIMEZONE. */
export interface Observance {
  kind: 'standard' | 'daylight';
  /** Wall-clock onset, read in the offset in force before it (RFC 5545 §3.6.5). */
  start: Wall;
  from: number;
  to: number;
  /** Yearly rule repeating the onset, without the `RRULE:` prefix. */
  rrule?: string;
}

const WEEK_MS = 7 * 86_400_000;
/**
 * A yearly rule is only inferred from at least this many consecutive years: enough to tell
 * "4th Sunday" from "last Sunday" and to pin down "Friday on or after the 23rd".
 */
const MIN_RULE_YEARS = 7;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The runtime's canonical spelling of a zone name (`europe/paris` → `Europe/Paris`). */
export const canonicalZone = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;

/** Seconds east of Greenwich that `timeZone` shows at `instant`. */
export function offsetSeconds(instant: number, timeZone: string): number {
  const c = civilAt(instant, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 1000);
}

/** Every offset change of `timeZone` in [fromMs, toMs), in order. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let t = fromMs;
  let offset = offsetSeconds(t, timeZone);
  while (t < toMs) {
    const next = Math.min(t + WEEK_MS, toMs);
    const nextOffset = offsetSeconds(next, timeZone);
    if (nextOffset !== offset) {
      let [lo, hi] = [t, next];
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetSeconds(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, from: offset, to: offsetSeconds(hi, timeZone) });
    }
    [t, offset] = [next, nextOffset];
  }
  return changes;
}

/** The wall clock just before a change: the onset as VTIMEZONE writes it. */
const onsetOf = (c: OffsetChange): Wall => {
  const d = new Date(c.at + c.from * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
};

/**
 * The RRULE that gives exactly these onsets (one a year, consecutive years), or null. Tried in
 * order: nth weekday of the month, last weekday, weekday on or after a day, fixed day.
 */
export function yearlyRule(onsets: readonly Wall[]): string | null {
  const first = onsets[0];
  if (!first || onsets.length < MIN_RULE_YEARS) return null;
  const regular = onsets.every(
    (o, i) =>
      o.year === first.year + i &&
      o.month === first.month &&
      o.hour === first.hour &&
      o.minute === first.minute &&
      o.second === first.second,
  );
  if (!regular) return null;
  const rule = `FREQ=YEARLY;BYMONTH=${first.month}`;
  const weekday = weekdayOf(first);
  const days = onsets.map((o) => o.day);
  if (onsets.every((o) => weekdayOf(o) === weekday)) {
    const nth = Math.ceil(first.day / 7);
    if (nth <= 4 && days.every((d) => Math.ceil(d / 7) === nth))
      return `${rule};BYDAY=${nth}${BYDAY[weekday]}`;
    if (onsets.every((o) => o.day > daysInMonth(o.year, o.month) - 7))
      return `${rule};BYDAY=-1${BYDAY[weekday]}`;
    const [low, high] = [Math.min(...days), Math.max(...days)];
    if (high - low === 6) {
      const window = Array.from({ length: 7 }, (_, i) => low + i).join(',');
      return `${rule};BYDAY=${BYDAY[weekday]};BYMONTHDAY=${window}`;
    }
    return null;
  }
  return days.every((d) => d === first.day) ? `${rule};BYMONTHDAY=${first.day}` : null;
}

const kindOf = (c: { from: number; to: number }) => (c.to > c.from ? 'daylight' : 'standard');
const keyOf = (c: OffsetChange) => `${c.from}>${c.to}`;

/** The longest run of consecutive-year changes ending `same` that a yearly rule gives. */
function fittedRun(same: readonly OffsetChange[]) {
  let from = same.length - 1;
  while (from > 0 && onsetOf(same[from - 1]!).year === onsetOf(same[from]!).year - 1) from--;
  for (; from < same.length; from++) {
    const rule = yearlyRule(same.slice(from).map(onsetOf));
    if (rule) return { changes: same.slice(from), rule };
  }
  return null;
}

/**
 * For each kind of change (offset pair) still happening in the window's last year, its
 * trailing run with the yearly rule that reproduces it; null when some kind has no rule.
 */
function currentRules(changes: readonly OffsetChange[], lastYear: number) {
  const live = new Set(changes.filter((c) => onsetOf(c).year === lastYear).map(keyOf));
  const runs: { changes: OffsetChange[]; rule: string }[] = [];
  for (const key of live) {
    const run = fittedRun(changes.filter((c) => keyOf(c) === key));
    if (!run) return null;
    runs.push(run);
  }
  return runs;
}

/**
 * The observances describing `timeZone` from the start of the year before `coverFrom` to the
 * end of `coverTo`'s year, and by rule after it where the zone has a yearly rule.
 */
export function zoneObservances(
  timeZone: string,
  coverFrom: number,
  coverTo: number,
): Observance[] {
  const firstYear = new Date(coverFrom).getUTCFullYear() - 1;
  const lastYear = new Date(coverTo).getUTCFullYear();
  // A day early, so the window covers local midnight on 1 January in every zone.
  const windowStart = Date.UTC(firstYear, 0, 0);
  const changes = offsetChanges(timeZone, windowStart, Date.UTC(lastYear + 1, 0, 1));
  const out: Observance[] = [];

  const firstChange = changes[0];
  if (!firstChange || firstChange.at > coverFrom) {
    const offset = offsetSeconds(windowStart, timeZone);
    const next = firstChange ?? { from: offset, to: offset };
    out.push({
      kind: next.to < next.from ? 'daylight' : 'standard',
      start: { year: firstYear, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
      from: offset,
      to: offset,
    });
  }

  // Changes from `cut` on follow the rules; earlier ones are written one by one. A change of
  // another kind after the rules start (a one-off shift of the zone) moves the cut past it.
  let runs = currentRules(changes, lastYear) ?? [];
  let cut = runs.length === 0 ? Infinity : Math.min(...runs.map((r) => r.changes[0]!.at));
  const ruled = new Set(runs.flatMap((r) => r.changes));
  const strays = changes.filter((c) => c.at >= cut && !ruled.has(c));
  if (strays.length > 0) cut = strays.at(-1)!.at + 1;
  runs = runs.map((r) => ({ ...r, changes: r.changes.filter((c) => c.at >= cut) }));
  if (runs.some((r) => r.changes.length === 0)) [runs, cut] = [[], Infinity];

  for (const change of changes.filter((c) => c.at < cut))
    out.push({ kind: kindOf(change), start: onsetOf(change), from: change.from, to: change.to });
  for (const run of runs) {
    const first = run.changes[0]!;
    const { from, to } = first;
    out.push({ kind: kindOf(first), start: onsetOf(first), from, to, rrule: run.rule });
  }
  return out;
}

/** The VTIMEZONE for `timeZone`, valid for events between `coverFrom` and `coverTo` at least. */
export function vtimezone(timeZone: string, coverFrom: number, coverTo: number): ICAL.Component {
  const tzid = canonicalZone(timeZone);
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', tzid);
  for (const o of zoneObservances(tzid, coverFrom, coverTo)) {
    const sub = new ICAL.Component(o.kind);
    sub.addPropertyWithValue('dtstart', ICAL.Time.fromData({ ...o.start, isDate: false }));
    sub.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(o.from));
    sub.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(o.to));
    if (o.rrule) sub.addPropertyWithValue('rrule', ICAL.Recur.fromString(o.rrule));
    component.addSubcomponent(sub);
  }
  return component;
}
