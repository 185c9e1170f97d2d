import { replay } from '../../src/engine/index.ts';
import { STORAGE_FORMAT } from '../../src/storage/drillRecord.ts';
import { getDrill, saveDrill } from '../../src/storage/drills.ts';
import { MIGRATIONS, migrateDrill } from '../../src/storage/migrations.ts';
import { freshDb, resolvedDrill, storedFrom } from './drillFixtures.ts';

/** The pre-release record: no `format`, `title`/`path`, no team, screen, speed or result. */
function format0() {
  const drill = resolvedDrill();
  const record = drill.record();
  return {
    drill,
    raw: {
      id: 'legacy-1',
      scenario: record.scenario,
      title: 'Tiny firewall drill',
      path: '/scenarios/tiny.yaml',
      seed: record.seed,
      journal: record.journal,
      clockAt: record.clockAt,
      mode: 'solo',
      roster: [{ name: 'ana', role: 'incident-commander' }],
      status: 'finished',
      startedAt: 1000,
      updatedAt: 5000,
    },
  };
}

describe('record migrations', () => {
  it('has a step for every format below the current one', () => {
    for (let f = 0; f < STORAGE_FORMAT; f++) expect(MIGRATIONS[f]).toBeTypeOf('function');
  });

  it('upgrades a format-0 record to the current format', () => {
    const { drill, raw } = format0();
    const result = migrateDrill(raw);
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(0);
    expect(result.drill).toMatchObject({
      id: 'legacy-1',
      format: STORAGE_FORMAT,
      scenarioTitle: 'Tiny firewall drill',
      scenarioPath: '/scenarios/tiny.yaml',
      scenarioText: null,
      team: 'ana',
      screen: 'debrief',
      status: 'finished',
      finishedAt: 5000,
      result: null,
      playtest: false,
      scheduleId: null,
    });
    expect(result.drill).not.toHaveProperty('title');
    // Still the same drill: the journal replays to the same resolution.
    const replayed = replay(drill.model, result.drill);
    expect(replayed.context().resolvedAt).toBe(drill.ctx.resolvedAt);
  });

  it('upgrades format-0 records on read from the database', async () => {
    const db = freshDb();
    await db.drills.put(format0().raw);
    expect((await getDrill('legacy-1', db))?.format).toBe(STORAGE_FORMAT);
  });

  it('leaves current records as they are', async () => {
    const db = freshDb();
    const current = storedFrom(resolvedDrill(), { id: 'now' });
    await saveDrill(current, db);
    const result = migrateDrill(await db.drills.get('now'));
    expect(result).toEqual({ ok: true, drill: current, migratedFrom: null });
  });

  it.each([
    ['a string', 'nope', /not an object/],
    ['a newer format', { id: 'x', format: STORAGE_FORMAT + 1 }, /newer Firedrill/],
    ['a bad format', { id: 'x', format: 'one' }, /unknown record format/],
    ['a format-0 record with no journal', { ...format0().raw, journal: undefined }, /journal/],
    [
      'a bad journal event',
      { ...format0().raw, journal: [{ t: 0, event: { type: 'engine.complete' } }] },
      /player\.\* or facilitator\.\*/,
    ],
  ])('refuses %s with a reason', (_name, raw, reason) => {
    const result = migrateDrill(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
