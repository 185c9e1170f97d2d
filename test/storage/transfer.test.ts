import { loadScenario, replay, scoreDrill, toArray } from '../../src/engine/index.ts';
import type { StoredDrill } from '../../src/storage/drillRecord.ts';
import { listDrills, saveDrill, saveDrills } from '../../src/storage/drills.ts';
import {
  csvCell,
  drillFileName,
  drillsToCsv,
  exportBackup,
  exportDrill,
  parseImport,
  planImport,
  resolveConflict,
} from '../../src/storage/transfer.ts';
import { activeDrill, freshDb, resolvedDrill, storedFrom, tinyText } from './drillFixtures.ts';

const NOW = 1_750_000_000_000;

/** Replay a drill on the scenario text it carries, as another machine would. */
function replayAnywhere(drill: StoredDrill) {
  const loaded = loadScenario(drill.scenarioText ?? '', 'imported.yaml');
  if (!loaded.ok) throw new Error('scenario text does not load');
  return { model: loaded.model, session: replay(loaded.model, drill) };
}

describe('export and import of one drill', () => {
  it('round-trips a finished drill into a replay with the same timeline and score', async () => {
    const played = resolvedDrill();
    const drill = storedFrom(played);
    const file = exportDrill(drill, tinyText, NOW);
    expect(drillFileName(drill)).toBe('tiny-firewall-2023-11-14.firedrill.json');

    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.kind).toBe('drill');
    expect(parsed.drills).toEqual([{ ...drill, scenarioText: tinyText }]);

    const { model, session } = replayAnywhere(parsed.drills[0]!);
    expect(toArray(session.context().timeline)).toEqual(toArray(played.ctx.timeline));
    expect(scoreDrill(model, session.context(), { par: null, at: session.now() })).toEqual(
      played.score(),
    );

    // Imported into another browser's database, it is listed like any drill.
    const db = freshDb();
    await saveDrills(parsed.drills, db);
    expect((await listDrills({}, db)).map((d) => d.id)).toEqual([drill.id]);
  });

  it.each([
    ['text that is not JSON', '{"kind": ', /not a JSON file/],
    ['another JSON file', '{"name": "package"}', /not a Firedrill drill or backup/],
    ['a JSON list', '[1, 2]', /kind is null/],
    [
      'a drill without its journal',
      JSON.stringify({ kind: 'firedrill.drill', format: 1, drill: { id: 'x', format: 1 } }),
      /invalid drill record/,
    ],
    [
      'a file from a newer Firedrill',
      JSON.stringify({ kind: 'firedrill.drill', format: 42, drill: {} }),
      /newer Firedrill/,
    ],
  ])('rejects %s with a reason', (_name, text, reason) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('rejects a drill whose scenario text was edited after it was played', () => {
    const drill = storedFrom(resolvedDrill());
    const file = exportDrill(drill, tinyText.replace('Tiny firewall drill', 'Edited'), NOW);
    const parsed = parseImport(file);
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/hash differs/) as string });
  });

  it('migrates a format-0 drill inside an imported file', () => {
    const drill = storedFrom(resolvedDrill());
    const { format: _format, result: _result, ...legacy } = drill;
    const text = JSON.stringify({ kind: 'firedrill.drill', drill: legacy });
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.drills[0]).toMatchObject({ id: drill.id, format: 1, result: null });
  });
});

describe('backups', () => {
  it('round-trips every drill and leaves out unreadable ones with the reason', () => {
    const drills = [storedFrom(resolvedDrill()), storedFrom(activeDrill())];
    const backup = JSON.parse(exportBackup(drills, NOW)) as { drills: unknown[] };
    backup.drills.push({ id: 'broken', format: 1 });
    const parsed = parseImport(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.kind).toBe('backup');
    expect(parsed.drills).toEqual(drills);
    expect(parsed.skipped).toEqual([expect.stringMatching(/^drill 3: invalid drill record/)]);
  });

  it('never overwrites silently: same ids are conflicts to resolve', async () => {
    const db = freshDb();
    const mine = storedFrom(activeDrill(), { id: 'same', team: 'Mine' });
    await saveDrill(mine, db);
    const theirs = { ...mine, team: 'Theirs' };
    const other = storedFrom(resolvedDrill(), { id: 'other' });
    const existing = new Set((await listDrills({}, db)).map((d) => d.id));

    const plan = planImport([theirs, other], existing);
    expect(plan.fresh.map((d) => d.id)).toEqual(['other']);
    expect(plan.conflicts.map((d) => d.id)).toEqual(['same']);

    expect(resolveConflict(theirs, 'skip', () => 'new')).toBeNull();
    expect(resolveConflict(theirs, 'replace', () => 'new')).toBe(theirs);
    expect(resolveConflict(theirs, 'keep-both', () => 'copy')).toEqual({ ...theirs, id: 'copy' });

    await saveDrills([...plan.fresh, resolveConflict(theirs, 'keep-both', () => 'copy')!], db);
    const teams = (await listDrills({}, db)).map((d) => `${d.id}:${d.team}`).sort();
    expect(teams).toEqual(['copy:Theirs', 'other:Blue team', 'same:Mine']);
  });
});

describe('CSV export', () => {
  it('writes one row per drill with the agreed columns', () => {
    const csv = drillsToCsv([storedFrom(resolvedDrill(), { id: 'drill-42', team: 'Blue team' })]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(
      'drill_id,date,scenario,version,mode,team,status,ttr_min,par_min,grade,' +
        'milestones_min_from_start,red_herring_min',
    );
    expect(row).toBe(
      'drill-42,2023-11-14T22:13:20.000Z,Tiny firewall drill,1.0.0,team,Blue team,finished,70,55,C,' +
        'Acknowledge 30; Escalate 45; Mitigate 70; Resolve 70,0',
    );
    expect(end).toBe('');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it.each(['=SUM(A1:A2)', '+1+1', '-2+3', '@cmd', '\tlead'])(
    'keeps spreadsheets from running %j as a formula',
    (text) => {
      expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('guards and quotes a hostile team name inside a full row', () => {
    const csv = drillsToCsv([storedFrom(activeDrill(), { team: '=HYPERLINK("x","y"),\nz' })]);
    const row = csv.split('\r\n').slice(1).join('\r\n');
    expect(row).toContain(`,"'=HYPERLINK(""x"",""y""),\nz",active,`);
  });
});
