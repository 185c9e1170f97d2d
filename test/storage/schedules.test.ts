import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FiredrillDatabase } from '../../src/storage/db.ts';
import {
  InvalidScheduleError,
  deleteSchedule,
  getSchedule,
  listSchedules,
  saveSchedule,
  subscribeSchedules,
} from '../../src/storage/schedules.ts';
import { schedule } from '../schedule/fixtures.ts';

let db: FiredrillDatabase;
let n = 0;

beforeEach(() => {
  // A fresh in-memory IndexedDB per test.
  db = new FiredrillDatabase(`schedules-test-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('schedule storage', () => {
  it('saves, reads back, lists in creation order, updates and deletes', async () => {
    const a = schedule({ id: 'a', createdAt: 2 });
    const b = schedule({
      id: 'b',
      createdAt: 1,
      title: 'Monthly',
      recurrence: { kind: 'monthly-day', day: -1 },
    });
    await saveSchedule(a, db);
    await saveSchedule(b, db);
    expect(await getSchedule('b', db)).toEqual(b);
    expect((await listSchedules(db)).map((s) => s.id)).toEqual(['b', 'a']);

    await saveSchedule({ ...a, team: 'Payments', updatedAt: 5 }, db);
    expect((await getSchedule('a', db))?.team).toBe('Payments');
    expect(await listSchedules(db)).toHaveLength(2);

    await deleteSchedule('a', db);
    expect(await getSchedule('a', db)).toBeUndefined();
    expect((await listSchedules(db)).map((s) => s.id)).toEqual(['b']);
  });

  it('refuses to save an invalid schedule, saying why', async () => {
    const bad = { ...schedule(), time: '25:00', team: ' ' };
    await expect(saveSchedule(bad, db)).rejects.toThrow(InvalidScheduleError);
    const error = await saveSchedule(bad, db).catch((e: unknown) => e);
    expect(String(error)).toMatch(/time: must be a time/);
    expect(String(error)).toMatch(/team: name the team/);
    expect(await listSchedules(db)).toEqual([]);
  });

  it('sets an unreadable row aside in quarantine and keeps loading the others', async () => {
    await saveSchedule(schedule({ id: 'good' }), db);
    await db.schedules.put({ id: 'broken', format: 1, recurrence: { kind: 'yearly' } });
    expect((await listSchedules(db)).map((s) => s.id)).toEqual(['good']);
    const quarantined = await db.quarantine.where('table').equals('schedules').toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.key).toBe('broken');
    expect(quarantined[0]!.reason).toMatch(/recurrence|title/);
    expect(await db.schedules.get('broken')).toBeUndefined();
  });

  it('notifies subscribers of changes', async () => {
    const listener = vi.fn();
    const stop = subscribeSchedules(listener);
    await saveSchedule(schedule(), db);
    await deleteSchedule('sched-1', db);
    stop();
    await saveSchedule(schedule(), db);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
