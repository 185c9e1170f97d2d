/** A valid schedule with overrides, for the schedule tests. */
import { Schedule } from '../../src/schedule/index.ts';

export function schedule(patch: Partial<Schedule> = {}): Schedule {
  return Schedule.parse({
    id: 'sched-1',
    format: 1,
    title: 'Weekly fire drill',
    team: 'Platform',
    recurrence: { kind: 'weekly', every: 1, weekday: 2 },
    time: '10:00',
    durationMinutes: 60,
    timeZone: 'UTC',
    startDate: '2025-01-01',
    scenario: { kind: 'surprise', recentDays: 30 },
    seed: 42,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  });
}

export const utc = (y: number, m: number, d: number, h = 0, min = 0) =>
  Date.UTC(y, m - 1, d, h, min);
export const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
