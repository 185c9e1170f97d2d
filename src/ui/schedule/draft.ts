/** The schedule form's state, and its conversion to and from a `Schedule` record. */
import { civilAt, formatCivilDate } from '../../schedule/civil.ts';
import { SCHEDULE_FORMAT, type Recurrence, type Schedule } from '../../schedule/schedule.ts';

export type Repeat = 'weekly' | 'fortnightly' | 'monthly-weekday' | 'monthly-day';

export interface Draft {
  title: string;
  team: string;
  repeat: Repeat;
  weekday: number;
  nth: 1 | 2 | 3 | 4 | -1;
  /** 1–28, or -1 for the last day. */
  day: number;
  time: string;
  durationMinutes: number;
  timeZone: string;
  startDate: string;
  /** Scenario id, or '' for a surprise. */
  scenarioId: string;
  recentDays: number;
}

export function newDraft(now: number, timeZone: string, team: string): Draft {
  return {
    title: 'Incident drill',
    team,
    repeat: 'monthly-weekday',
    weekday: 2,
    nth: 1,
    day: 1,
    time: '10:00',
    durationMinutes: 60,
    timeZone,
    startDate: formatCivilDate(civilAt(now, timeZone)),
    scenarioId: '',
    recentDays: 90,
  };
}

export function draftOf(s: Schedule): Draft {
  const r = s.recurrence;
  return {
    title: s.title,
    team: s.team,
    repeat: r.kind === 'weekly' ? (r.every === 2 ? 'fortnightly' : 'weekly') : r.kind,
    weekday: r.kind === 'monthly-day' ? 2 : r.weekday,
    nth: r.kind === 'monthly-weekday' ? r.nth : 1,
    day: r.kind === 'monthly-day' ? r.day : 1,
    time: s.time,
    durationMinutes: s.durationMinutes,
    timeZone: s.timeZone,
    startDate: s.startDate,
    scenarioId: s.scenario.kind === 'fixed' ? s.scenario.scenarioId : '',
    recentDays: s.scenario.kind === 'surprise' ? s.scenario.recentDays : 90,
  };
}

function recurrenceOf(d: Draft): Recurrence {
  switch (d.repeat) {
    case 'weekly':
      return { kind: 'weekly', every: 1, weekday: d.weekday };
    case 'fortnightly':
      return { kind: 'weekly', every: 2, weekday: d.weekday };
    case 'monthly-weekday':
      return { kind: 'monthly-weekday', nth: d.nth, weekday: d.weekday };
    case 'monthly-day':
      return { kind: 'monthly-day', day: d.day };
  }
}

/**
 * The record to save (validated by storage). Keeps the id, seed and creation time of the
 * schedule being edited; a new one gets `id` and `seed` from the caller.
 */
export function scheduleOf(
  d: Draft,
  base: Pick<Schedule, 'id' | 'seed' | 'createdAt'>,
  now: number,
  titleOf: (scenarioId: string) => string,
): Schedule {
  return {
    id: base.id,
    format: SCHEDULE_FORMAT,
    title: d.title.trim(),
    team: d.team.trim(),
    recurrence: recurrenceOf(d),
    time: d.time,
    durationMinutes: d.durationMinutes,
    timeZone: d.timeZone.trim(),
    startDate: d.startDate,
    scenario: d.scenarioId
      ? { kind: 'fixed', scenarioId: d.scenarioId, title: titleOf(d.scenarioId) }
      : { kind: 'surprise', recentDays: d.recentDays },
    seed: base.seed,
    createdAt: base.createdAt,
    updatedAt: now,
  };
}
