/**
 * Scheduled drills in the `schedules` table: create, read, update, delete. Rows are validated
 * with the schedule's zod schema on the way in and out; a row that fails on read is moved to
 * `quarantine` with the reason (never dropped) and the rest load.
 * All functions take an optional database so tests can pass a `fake-indexeddb` one.
 */
import { Schedule } from '../schedule/schedule.ts';
import { database, type FiredrillDatabase, type StoredRow } from './db.ts';
import { describeIssues } from './drillSchema.ts';

type Listener = () => void;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((listener) => listener());

/** Called after any change this tab makes to the schedules. Returns the unsubscribe function. */
export function subscribeSchedules(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A fresh, unique schedule id (also the calendar UID's local part). */
export function newScheduleId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export class InvalidScheduleError extends Error {
  override name = 'InvalidScheduleError';
}

/** Insert or replace a schedule (by id). Throws `InvalidScheduleError` when it does not validate. */
export async function saveSchedule(
  schedule: Schedule,
  db: FiredrillDatabase = database(),
): Promise<Schedule> {
  const parsed = Schedule.safeParse(schedule);
  if (!parsed.success) throw new InvalidScheduleError(describeIssues(parsed.error));
  await db.schedules.put(parsed.data);
  notify();
  return parsed.data;
}

export async function deleteSchedule(id: string, db: FiredrillDatabase = database()) {
  await db.schedules.delete(id);
  notify();
}

async function readRows(db: FiredrillDatabase, rows: StoredRow[]): Promise<Schedule[]> {
  const good: Schedule[] = [];
  const bad: { key: string; reason: string; raw: unknown }[] = [];
  for (const row of rows) {
    const parsed = Schedule.safeParse(row);
    if (parsed.success) good.push(parsed.data);
    else bad.push({ key: String(row.id), reason: describeIssues(parsed.error), raw: row });
  }
  if (bad.length > 0) {
    const at = Date.now();
    await db.transaction('rw', db.schedules, db.quarantine, async () => {
      await db.quarantine.bulkAdd(bad.map((b) => ({ table: 'schedules', ...b, at })));
      await db.schedules.bulkDelete(bad.map((b) => b.key));
    });
    notify();
  }
  return good;
}

export async function getSchedule(
  id: string,
  db: FiredrillDatabase = database(),
): Promise<Schedule | undefined> {
  const row = await db.schedules.get(id);
  return row ? (await readRows(db, [row]))[0] : undefined;
}

/** Every readable schedule, oldest first (the order they were created in). */
export async function listSchedules(db: FiredrillDatabase = database()): Promise<Schedule[]> {
  const schedules = await readRows(db, await db.schedules.toArray());
  return schedules.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
