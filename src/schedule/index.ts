/** Scheduled drills: records, recurrence, surprise picks and calendar export. Pure. */
export {
  Schedule,
  Recurrence,
  ScenarioChoice,
  SCHEDULE_FORMAT,
  WEEKDAYS,
  describeSchedule,
} from './schedule.ts';
export {
  nextOccurrence,
  occurrencesFrom,
  firstDate,
  nthWeekdayOfMonth,
  toRRule,
} from './recurrence.ts';
export { pickSurprise, type PlayedDrill, type SurpriseInput } from './surprise.ts';
export { schedulesToIcs, scheduleEvent } from './ics.ts';
export {
  civilAt,
  instantOf,
  isTimeZone,
  parseCivilDate,
  formatCivilDate,
  type CivilDate,
  type CivilDateTime,
} from './civil.ts';
