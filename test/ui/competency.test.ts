import { FAILURE_MODES } from '../../src/engine/index.ts';
import { competencyMap, recommendNext } from '../../src/ui/history/competency.ts';
import { DAY, T0, drill, scenario } from './historyFixtures.ts';

const dbScenario = scenario({
  id: 'db-intro',
  title: 'Database intro',
  hash: '2222222222222222',
  difficulty: 'intro',
  failureModes: ['database'],
});
const dbHard = scenario({
  id: 'db-hard',
  title: 'Database advanced',
  hash: '3333333333333333',
  difficulty: 'advanced',
  failureModes: ['database', 'capacity'],
});
const dnsScenario = scenario({
  id: 'dns-mid',
  title: 'DNS',
  hash: '4444444444444444',
  difficulty: 'intermediate',
  failureModes: ['dns'],
});
const firewall = scenario();
const catalogue = [firewall, dbScenario, dbHard, dnsScenario];
const onDb = (patch: Parameters<typeof drill>[0]) =>
  drill({
    scenario: { id: 'db-intro', version: '1.0.0', hash: '2222222222222222' },
    failureModes: ['database'],
    ...patch,
  });

describe('competency map', () => {
  it('has every failure mode; untouched ones are not yet practised', () => {
    const map = competencyMap([], FAILURE_MODES, catalogue);
    expect(map.map((m) => m.mode)).toEqual([...FAILURE_MODES]);
    expect(map.every((m) => m.level === 'not-practised' && m.drills === 0)).toBe(true);
  });

  it('counts a drill for each of its failure modes, with best and latest ratio and grade', () => {
    const drills = [
      drill({ ttr: 60, par: 60, finishedAt: T0 + DAY }), // A, ratio 1
      drill({ ttr: 150, par: 60, finishedAt: T0 + 2 * DAY }), // C, ratio 2.5
    ];
    const map = competencyMap(drills, FAILURE_MODES, catalogue);
    const fw = map.find((m) => m.mode === 'firewall')!;
    expect(fw).toMatchObject({
      drills: 2,
      bestRatio: 1,
      lastRatio: 2.5,
      bestGrade: 'A',
      lastGrade: 'C',
      lastPlayedAt: T0 + 2 * DAY,
      level: 'developing',
    });
    expect(map.find((m) => m.mode === 'network')!.drills).toBe(2);
    expect(map.find((m) => m.mode === 'database')!.level).toBe('not-practised');
  });

  it('judges the level on the latest drill', () => {
    const level = (ttr: number | null) =>
      competencyMap([drill({ ttr, par: 60 })], ['firewall'], catalogue)[0]!.level;
    expect(level(65)).toBe('strong');
    expect(level(150)).toBe('developing');
    expect(level(null)).toBe('needs-work');
  });

  it("falls back to the catalogue's failure modes for records that have none", () => {
    const old = drill({ failureModes: [] });
    expect(competencyMap([old], ['firewall'], catalogue)[0]!.drills).toBe(1);
  });
});

describe('recommended next scenario', () => {
  const now = T0 + 30 * DAY;

  it('picks an unpractised mode first, at the easiest difficulty', () => {
    const drills = [drill({ ttr: 60, finishedAt: now - DAY })];
    const map = competencyMap(drills, FAILURE_MODES, catalogue);
    const rec = recommendNext(map, catalogue, drills, now)!;
    // network and firewall are practised; dns comes before database in the vocabulary.
    expect(rec.mode).toBe('dns');
    expect(rec.scenario.id).toBe('dns-mid');
    expect(rec.reason).toMatch(/not practised dns/);
    const withoutDns = catalogue.filter((c) => c !== dnsScenario);
    const next = recommendNext(map, withoutDns, drills, now)!;
    expect(next.mode).toBe('database');
    // Easiest first for a mode never practised.
    expect(next.scenario.id).toBe('db-intro');
  });

  it('then the weakest practised mode, leaving out scenarios played recently', () => {
    const all = [firewall, dbScenario, dbHard];
    const drills = [
      drill({ ttr: 60, finishedAt: now - 20 * DAY }), // firewall/network: strong
      onDb({ ttr: null, finishedAt: now - 2 * DAY }), // database: needs work
    ];
    const map = competencyMap(drills, ['firewall', 'network', 'database'], all);
    const rec = recommendNext(map, all, drills, now)!;
    expect(rec.mode).toBe('database');
    // db-intro was played two days ago, so the other database scenario.
    expect(rec.scenario.id).toBe('db-hard');
  });

  it('steps the difficulty up from the hardest scenario done well for a developing mode', () => {
    const two = [
      dbScenario,
      dbHard,
      scenario({ ...dnsScenario, failureModes: ['database'], id: 'db-mid' }),
    ];
    const drills = [onDb({ ttr: 62, par: 60, finishedAt: now - 40 * DAY })];
    const map = competencyMap(drills, ['database'], two).map((m) => ({
      ...m,
      level: 'developing' as const,
    }));
    expect(recommendNext(map, two, drills, now)!.scenario.id).toBe('db-mid');
  });

  it('returns null when no scenario drills any mode', () => {
    expect(recommendNext(competencyMap([], ['dns'], []), [], [], now)).toBeNull();
  });
});
