import Dexie from 'dexie';
import { getDrill } from '../../src/storage/drills.ts';
import { classifyStorageError } from '../../src/storage/storageErrors.ts';
import { createDrillPersister } from '../../src/ui/persistence/drillPersister.ts';
import { TestDrill } from '../helpers/testDrill.ts';
import { TINY, activeDrill, freshDb, storedFrom } from './drillFixtures.ts';

/** Manual wall clock and timers, so throttling is tested without real time. */
function manualTime() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    wallNow: () => now,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1);
    },
    pass(ms: number) {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    },
    pending: () => timers.length,
  };
}

function setUp() {
  const db = freshDb();
  const drill = TestDrill.load(TINY, { seed: 3 }).as('ana');
  const base = storedFrom(drill, { id: 'live' });
  const time = manualTime();
  const report = vi.fn();
  const persister = createDrillPersister({
    session: drill.session,
    base,
    par: () => 55 * 60_000,
    report,
    db,
    throttleMs: 1000,
    defer: queueMicrotask,
    ...time,
  });
  const stored = async () => {
    await persister.flush();
    return getDrill('live', db);
  };
  return { db, drill, persister, time, report, stored };
}

/**
 * A persister with its default timing (no injected defer or timers), written once, with a spy
 * on the database's writes from then on.
 */
async function withDefaults() {
  const { db, drill, persister } = setUp();
  const base = persister.current();
  await persister.dispose();
  const put = vi.spyOn(db.drills, 'put');
  const real = createDrillPersister({
    session: drill.session,
    base,
    par: () => null,
    report: () => {},
    db,
  });
  await real.flush();
  put.mockClear();
  return { drill, put, real };
}

describe('saving a drill as it is played', () => {
  it('writes every accepted event at once', async () => {
    const { db, drill, time } = setUp();
    drill.ack();
    await vi.waitFor(async () => expect((await getDrill('live', db))?.journal).toHaveLength(1));
    drill.status('Investigating');
    await vi.waitFor(async () => expect((await getDrill('live', db))?.journal).toHaveLength(2));
    const saved = await getDrill('live', db);
    expect(saved?.journal).toEqual(drill.record().journal);
    expect(saved?.status).toBe('active');
    expect(time.pending()).toBe(0);
  });

  it('by default writes an event in a later task, not inside the click that caused it', async () => {
    const { drill, put, real } = await withDefaults();
    drill.status('Investigating');
    await Promise.resolve();
    await Promise.resolve();
    expect(put).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(put).toHaveBeenCalled());
    await real.dispose();
  });

  it('where the browser has idle callbacks, writes in one (with a deadline), not in a timer', async () => {
    const idle: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, opts?: { timeout?: number }) => {
      idle.push({ run, timeout: opts?.timeout });
      return idle.length;
    });
    try {
      const { drill, put, real } = await withDefaults();
      idle.length = 0;
      drill.status('Investigating');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(put).not.toHaveBeenCalled();
      expect(idle).toHaveLength(1);
      expect(idle[0]!.timeout).toBeGreaterThan(0);
      idle[0]!.run();
      await vi.waitFor(() => expect(put).toHaveBeenCalled());
      await real.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('writes clock moves at most once per second of wall time, and the last one', async () => {
    const { db, drill, time, persister } = setUp();
    await persister.flush();
    const put = vi.spyOn(db.drills, 'put');
    const tick = async () => {
      drill.advance('1m');
      await Promise.resolve();
    };
    time.pass(2000);
    await tick();
    await tick();
    time.pass(500);
    await tick();
    expect(put).toHaveBeenCalledTimes(1);
    expect(time.pending()).toBe(1);
    time.pass(499);
    expect(put).toHaveBeenCalledTimes(1);
    time.pass(1);
    await persister.flush();
    expect(put).toHaveBeenCalledTimes(2);
    expect((await getDrill('live', db))?.clockAt).toBe(drill.now);
  });

  it('saves at once what the player saw happen after a jump, without waiting for the throttle', async () => {
    const { db, drill, time, persister } = setUp();
    drill.ack().do('check-db');
    await persister.flush();
    const journaled = drill.session.journal.length;
    // Within the same wall-clock second: "Jump to next event" finishes the action. Nothing is
    // journaled, but the timeline has a new entry; a tab closed now must not lose it.
    drill.jump();
    expect(drill.session.journal).toHaveLength(journaled);
    await vi.waitFor(async () => expect((await getDrill('live', db))?.clockAt).toBe(drill.now));
    expect(time.pending()).toBe(0);
  });

  it('marks the drill finished with its result when it ends', async () => {
    const { drill, stored } = setUp();
    drill.ack().do('check-changes').jump().page('infra').jump().do('fix-firewall').jump();
    const saved = await stored();
    expect(saved?.status).toBe('finished');
    expect(saved?.finishedAt).not.toBeNull();
    expect(saved?.result).toMatchObject({ resolved: true, parMs: 55 * 60_000, ttrMs: 70 * 60_000 });
  });

  it('records the screen and speed it was left on', async () => {
    const { persister, stored } = setUp();
    persister.setView({ screen: 'score', speed: 300 });
    expect(await stored()).toMatchObject({ screen: 'score', speed: 300 });
  });

  it('keeps the drill running when storage is full, and saves everything once it frees up', async () => {
    const { db, drill, report, stored } = setUp();
    await stored();
    const put = vi
      .spyOn(db.drills, 'put')
      .mockRejectedValue(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('full')));
    drill.ack().do('check-changes');
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith('quota', expect.anything()));
    expect(drill.session.journal).toHaveLength(2);

    put.mockRestore();
    drill.note('space is back');
    const saved = await stored();
    expect(report).toHaveBeenLastCalledWith(null);
    expect(saved?.journal).toEqual(drill.record().journal);
  });
});

describe('storage errors', () => {
  it.each([
    ['a DOM quota error', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['Dexie quota error', new Dexie.QuotaExceededError('full'), 'quota'],
    [
      'an abort caused by quota',
      new Dexie.AbortError('x', new Dexie.QuotaExceededError()),
      'quota',
    ],
    ['no IndexedDB', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['open failure', new Dexie.OpenFailedError('private mode'), 'unavailable'],
    ['anything else', new TypeError('bug'), 'other'],
  ])('classifies %s', (_name, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
  });

  it('reports a database that cannot open (no IndexedDB) as unavailable', async () => {
    const base = storedFrom(activeDrill(), { id: 'x' });
    const { FiredrillDatabase } = await import('../../src/storage/db.ts');
    const db = new FiredrillDatabase('no-idb', {
      indexedDB: undefined as unknown as { open: () => void },
    });
    const report = vi.fn();
    const drill = activeDrill();
    const persister = createDrillPersister({
      session: drill.session,
      base,
      par: () => null,
      report,
      db,
    });
    await persister.flush();
    expect(report).toHaveBeenCalledWith('unavailable', expect.anything());
    drill.note('still playing');
    expect(drill.session.journal.length).toBeGreaterThan(base.journal.length);
    await persister.dispose();
  });
});
