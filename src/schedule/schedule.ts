/**
 * A scheduled drill: a recurring slot for a team, with a fixed scenario or a surprise pick.
 * The zod schema validates records read back from storage and forms before saving.
 */
import { z } from 'zod';
import { isTimeZone, parseCivilDate } from './civil.ts';

export const SCHEDULE_FORMAT = 1;

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
const Weekday = z.number().int().min(0).max(6);

export const Recurrence = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('weekly'),
    /** 1 = every week, 2 = every two weeks (counted from the first occurrence). */
    every: z.union([z.literal(1), z.literal(2)]),
    weekday: Weekday,
  }),
  z.strictObject({
    /** "First Tuesday", "last Friday" of each month. */
    kind: z.literal('monthly-weekday'),
    /** 1–4, or -1 for the last one. */
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    weekday: Weekday,
  }),
  z.strictObject({
    /**
     * Day of month 1–28 (every month has it), or -1 for the month's last day. Days 29–31 are
     * left out on purpose: calendars disagree on months that lack them (RFC 5545 skips them).
     */
    kind: z.literal('monthly-day'),
    day: z.union([z.number().int().min(1).max(28), z.literal(-1)]),
  }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

export const ScenarioChoice = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    scenarioId: z.string().min(1).max(80),
    /** Title when the schedule was saved, for the calendar and when the file is gone. */
    title: z.string().max(200),
  }),
  z.strictObject({
    /** Picked at start time among scenarios the team has not played in `recentDays`. */
    kind: z.literal('surprise'),
    recentDays: z.number().int().min(0).max(366),
  }),
]);
export type ScenarioChoice = z.infer<typeof ScenarioChoice>;

export const Schedule = z.strictObject({
  id: z.string().min(1).max(100),
  format: z.literal(SCHEDULE_FORMAT),
  title: z.string().trim().min(1, 'give the drill a name').max(120),
  team: z.string().trim().min(1, 'name the team').max(80),
  recurrence: Recurrence,
  /** Wall-clock start time, `HH:MM`, in `timeZone`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 10:00'),
  durationMinutes: z.number().int().min(5).max(480),
  /** IANA zone the time is read in, e.g. Europe/Berlin. */
  timeZone: z.string().refine(isTimeZone, 'unknown time zone'),
  /** No occurrence before this date (`YYYY-MM-DD`); anchors "every two weeks". */
  startDate: z.string().refine((s) => parseCivilDate(s) !== null, 'must be a date YYYY-MM-DD'),
  scenario: ScenarioChoice,
  /** Seeds the surprise pick and the drills started from this schedule. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Schedule = z.infer<typeof Schedule>;

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const ORDINALS: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  [-1]: 'last',
};

/** "Every two weeks on Tuesday at 10:00 (Europe/Berlin)". */
export function describeSchedule(s: Pick<Schedule, 'recurrence' | 'time' | 'timeZone'>): string {
  const r = s.recurrence;
  const when =
    r.kind === 'weekly'
      ? `${r.every === 2 ? 'Every two weeks' : 'Every week'} on ${WEEKDAYS[r.weekday]}`
      : r.kind === 'monthly-weekday'
        ? `Monthly on the ${ORDINALS[r.nth]} ${WEEKDAYS[r.weekday]}`
        : r.day === -1
          ? 'Monthly on the last day'
          : `Monthly on day ${r.day}`;
  return `${when} at ${s.time} (${s.timeZone})`;
}
