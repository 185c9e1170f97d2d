import {
  applyFilter,
  filterOptions,
  finishedDrills,
  historyRows,
  niceCeil,
  ticks,
  phaseSegments,
  trendPoints,
} from '../../src/ui/history/trends.ts';
import { DAY, MIN, T0, drill, scenario } from './historyFixtures.ts';

describe('history view model', () => {
  it('keeps finished drills only, leaves playtests out, oldest first', () => {
    const kept = [drill({ id: 'b', finishedAt: T0 + 2 * DAY }), drill({ id: 'a', finishedAt: T0 })];
    const drills = [
      ...kept,
      drill({ id: 'play', playtest: true }),
      drill({ id: 'live', status: 'active', finishedAt: null }),
      drill({ id: 'gone', status: 'abandoned' }),
    ];
    expect(finishedDrills(drills).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('rows show time against par and mark scenarios that changed since they were played', () => {
    const played = drill({ ttr: 90, par: 60 });
    const other = drill({ scenario: { id: 'gone', version: '2.0.0', hash: 'ffffffffffffffff' } });
    const [same] = historyRows([played], [scenario()]);
    expect(same).toMatchObject({ ratio: 1.5, changed: 'same', version: '1.0.0', grade: 'C' });
    const [changed] = historyRows(
      [played],
      [scenario({ version: '1.1.0', hash: 'aaaaaaaaaaaaaaaa' })],
    );
    expect(changed).toMatchObject({ changed: 'changed', currentVersion: '1.1.0' });
    expect(historyRows([other], [scenario()])[0]!.changed).toBe('missing');
    const unresolved = historyRows([drill({ ttr: null })], [])[0]!;
    expect(unresolved.ratio).toBeNull();
    expect(historyRows([drill({ par: null })], [])[0]!.ratio).toBeNull();
  });

  it('turns milestones into consecutive phase segments, in time order', () => {
    const segments = phaseSegments([
      { id: 'resolve', label: 'Resolve', ms: 100 },
      { id: 'acknowledge', label: 'Acknowledge', ms: 30 },
      { id: 'escalate', label: 'Escalate', ms: 45 },
    ]);
    expect(segments).toEqual([
      { id: 'acknowledge', label: 'Acknowledge', start: 0, ms: 30 },
      { id: 'escalate', label: 'Escalate', start: 30, ms: 15 },
      { id: 'resolve', label: 'Resolve', start: 45, ms: 55 },
    ]);
  });

  it('trend points carry the ratio, stacked phases and red-herring minutes', () => {
    const [point] = trendPoints([drill({ ttr: 120, par: 60 })]);
    expect(point!.ratio).toBe(2);
    expect(point!.totalMs).toBe(120 * MIN);
    expect(point!.phases.map((p) => p.ms / MIN)).toEqual([35, 15, 70]);
    expect(point!.redHerringMin).toBe(20);
  });

  it('filters by team or player and by scenario', () => {
    const drills = [
      drill({ id: 'ana', team: 'Ana' }),
      drill({ id: 'ops', team: 'Ops team', mode: 'team' }),
      drill({
        id: 'db',
        team: 'Ana',
        scenarioTitle: 'A database drill',
        scenario: { id: 'db', version: '1.0.0', hash: '1111111111111111' },
      }),
    ];
    expect(applyFilter(drills, { team: 'Ana', scenarioId: '' }).map((d) => d.id)).toEqual([
      'ana',
      'db',
    ]);
    expect(applyFilter(drills, { team: 'Ana', scenarioId: 'db' }).map((d) => d.id)).toEqual(['db']);
    expect(applyFilter(drills, { team: '', scenarioId: '' })).toHaveLength(3);
    expect(filterOptions(drills)).toEqual({
      teams: ['Ana', 'Ops team'],
      scenarios: [
        { id: 'db', title: 'A database drill' },
        { id: 'tiny-firewall', title: 'Tiny firewall drill' },
      ],
    });
  });

  it('rounds axis maxima up to a readable number', () => {
    expect(niceCeil(1.7)).toBe(2);
    expect(niceCeil(2.2)).toBe(2.5);
    expect(niceCeil(37)).toBe(50);
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(0)).toBe(1);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(ticks(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});
