import {
  deleteDrill,
  getDrill,
  latestUnfinishedDrill,
  listDrills,
  listQuarantinedDrills,
  saveDrill,
  subscribeDrills,
} from '../../src/storage/drills.ts';
import { activeDrill, freshDb, resolvedDrill, storedFrom } from './drillFixtures.ts';

describe('saved drills', () => {
  it('saves, reads back, lists newest first and deletes', async () => {
    const db = freshDb();
    const older = storedFrom(resolvedDrill(), { id: 'older', updatedAt: 1000 });
    const newer = storedFrom(activeDrill(), { id: 'newer', updatedAt: 2000 });
    await saveDrill(older, db);
    await saveDrill(newer, db);

    expect(await getDrill('older', db)).toEqual(older);
    expect((await listDrills({}, db)).map((d) => d.id)).toEqual(['newer', 'older']);
    expect((await listDrills({ status: 'finished' }, db)).map((d) => d.id)).toEqual(['older']);

    await deleteDrill('older', db);
    expect(await getDrill('older', db)).toBeUndefined();
    expect((await listDrills({}, db)).map((d) => d.id)).toEqual(['newer']);
  });

  it('saving the same id replaces the record', async () => {
    const db = freshDb();
    const drill = storedFrom(activeDrill(), { id: 'same' });
    await saveDrill(drill, db);
    await saveDrill({ ...drill, clockAt: drill.clockAt + 60_000 }, db);
    expect((await getDrill('same', db))?.clockAt).toBe(drill.clockAt + 60_000);
    expect(await listDrills({}, db)).toHaveLength(1);
  });

  it('offers the most recently played unfinished drill', async () => {
    const db = freshDb();
    expect(await latestUnfinishedDrill(db)).toBeNull();
    await saveDrill(storedFrom(activeDrill(), { id: 'a', updatedAt: 10 }), db);
    await saveDrill(storedFrom(activeDrill(), { id: 'b', updatedAt: 30 }), db);
    await saveDrill(storedFrom(resolvedDrill(), { id: 'done', updatedAt: 50 }), db);
    await saveDrill(
      storedFrom(activeDrill(), { id: 'gone', status: 'abandoned', updatedAt: 60 }),
      db,
    );
    expect((await latestUnfinishedDrill(db))?.id).toBe('b');
  });

  it('tells subscribers about every change', async () => {
    const db = freshDb();
    const listener = vi.fn();
    const off = subscribeDrills(listener);
    await saveDrill(storedFrom(activeDrill(), { id: 'x' }), db);
    await deleteDrill('x', db);
    off();
    await saveDrill(storedFrom(activeDrill(), { id: 'y' }), db);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('sets a corrupt record aside with the reason and still loads the others', async () => {
    const db = freshDb();
    const good = storedFrom(resolvedDrill(), { id: 'good' });
    await saveDrill(good, db);
    const corrupt = { ...storedFrom(activeDrill()), id: 'bad', journal: 'not a list' };
    await db.drills.put(corrupt);
    await db.drills.put({ id: 'newer', format: 99 });

    const listed = await listDrills({}, db);
    expect(listed.map((d) => d.id)).toEqual(['good']);

    const setAside = await listQuarantinedDrills(db);
    expect(setAside.map((q) => q.key).sort()).toEqual(['bad', 'newer']);
    const bad = setAside.find((q) => q.key === 'bad')!;
    expect(bad.table).toBe('drills');
    expect(bad.reason).toMatch(/journal/);
    expect(bad.raw).toMatchObject({ id: 'bad', journal: 'not a list' });
    expect(setAside.find((q) => q.key === 'newer')!.reason).toMatch(/newer Firedrill/);

    // Set aside, not read again: the table only holds readable drills now.
    expect(await db.drills.count()).toBe(1);
    expect(await getDrill('bad', db)).toBeUndefined();
  });

  it('getDrill sets aside a corrupt record instead of returning it', async () => {
    const db = freshDb();
    await db.drills.put({ id: 'broken', format: 1, seed: -4 });
    expect(await getDrill('broken', db)).toBeUndefined();
    expect((await listQuarantinedDrills(db)).map((q) => q.key)).toEqual(['broken']);
  });
});
