/**
 * Calendar export: a VCALENDAR with one VEVENT and RRULE per schedule, written with ical.js's
 * component API (it escapes TEXT values and writes CRLF line ends). Lines are folded here, not
 * by ical.js: its continuation lines are 76 octets (a space plus 75), one over RFC 5545's limit.
 *
 * Time zones: DTSTART is the first drill's wall-clock time with `TZID=<IANA zone>`, and the
 * file carries a VTIMEZONE for each zone used, built from the runtime's zone data
 * (`icsTimezone.ts`). A teammate in another zone sees the drill at their own local time, and
 * the drill stays at the schedule's wall-clock time across daylight-saving changes, as
 * `nextOccurrence` computes it.
 */
import ICAL from 'ical.js';
import { instantOf } from './civil.ts';
import { firstDate, toRRule } from './recurrence.ts';
import { describeSchedule, type Schedule } from './schedule.ts';
import { canonicalZone, vtimezone } from './icsTimezone.ts';

const PRODUCT_ID = '-//Firedrill//Drill schedule//EN';
/**
 * VTIMEZONE data is derived this many years past the export (or the first drill, if later);
 * a zone's yearly daylight-saving rule is written as an RRULE and goes on after that.
 */
const ZONE_YEARS_AHEAD = 12;
const YEAR_MS = 365.25 * 86_400_000;

/** The first drill as a wall-clock time in the schedule's zone. */
function firstStart(s: Schedule) {
  const [hour, minute] = s.time.split(':').map(Number) as [number, number];
  return { ...firstDate(s), hour, minute };
}

/**
 * TEXT as RFC 5545 allows it: ical.js escapes `\\ ; , \n` but passes a bare CR or other
 * control characters through, which would break the line structure. CR and CRLF become
 * newlines (escaped as `\n`), other controls but TAB are dropped.
 */
const text = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

function scenarioLine(s: Schedule): string {
  return s.scenario.kind === 'fixed'
    ? `Scenario: ${s.scenario.title || s.scenario.scenarioId}`
    : `Scenario: a surprise, picked when the drill starts among those the team has not played in ${s.scenario.recentDays} days`;
}

/** The VEVENT for one schedule. `stamp` is DTSTAMP (ms since epoch): passed in, never read. */
export function scheduleEvent(s: Schedule, stamp: number): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `${s.id}@firedrill`);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date(stamp), true));
  const start = event.addPropertyWithValue(
    'dtstart',
    ICAL.Time.fromData({ ...firstStart(s), second: 0, isDate: false }),
  );
  start.setParameter('tzid', canonicalZone(s.timeZone));
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(s.durationMinutes * 60));
  event.addPropertyWithValue('rrule', ICAL.Recur.fromString(toRRule(s.recurrence)));
  event.addPropertyWithValue('summary', text(`Firedrill: ${s.title}`));
  const description = [
    `Incident-response drill for ${s.team}.`,
    describeSchedule(s) + '.',
    scenarioLine(s) + '.',
    'Open Firedrill and press "Start now" on the lobby card.',
  ];
  event.addPropertyWithValue('description', text(description.join('\n')));
  const categories = new ICAL.Property('categories');
  categories.setValues(['Firedrill', text(s.team)]);
  event.addProperty(categories);
  return event;
}

/** One VTIMEZONE per zone the schedules use, covering each zone's first drill onwards. */
function timezones(schedules: readonly Schedule[], stamp: number): ICAL.Component[] {
  const firstDrill = new Map<string, number>();
  for (const s of schedules) {
    const zone = canonicalZone(s.timeZone);
    const at = instantOf(firstStart(s), zone);
    firstDrill.set(zone, Math.min(at, firstDrill.get(zone) ?? Infinity));
  }
  return [...firstDrill].map(([zone, from]) =>
    vtimezone(zone, from, Math.max(from, stamp) + ZONE_YEARS_AHEAD * YEAR_MS),
  );
}

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * RFC 5545 §3.1 folding: at most 75 octets a line, a continuation's leading space included,
 * never splitting a character's UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let [current, octets] = ['', 0];
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > 75) {
      lines.push(current);
      [current, octets] = [' ', 1];
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/**
 * A VCALENDAR with every schedule, as RFC 5545 text (CRLF line ends, folded lines). Throws
 * when a schedule has an invalid date or time.
 */
export function schedulesToIcs(schedules: readonly Schedule[], stamp: number): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODUCT_ID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', 'Firedrill drills');
  for (const zone of timezones(schedules, stamp)) calendar.addSubcomponent(zone);
  for (const s of schedules) calendar.addSubcomponent(scheduleEvent(s, stamp));
  // Unfold ical.js's folding (text values never hold a raw CRLF: newlines are escaped as \n),
  // refold, and end the last line with CRLF too, as RFC 5545 ends every content line.
  const lines = calendar.toString().replaceAll('\r\n ', '').split('\r\n');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
