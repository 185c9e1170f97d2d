import {
  analyzeScenario,
  DEFAULT_MAX_STATES,
  runPath,
  type AnalysisResult,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { loadModel, ms } from '../helpers/testDrill.ts';
import {
  chainScenario,
  independentFactsScenario,
  minimalScenario,
  modelOf,
} from '../fixtures/generated.ts';

describe('analysis of tiny.yaml', () => {
  let model: ScenarioModel;
  let analysis: AnalysisResult;
  beforeAll(() => {
    model = loadModel('test/fixtures/tiny.yaml').model;
    analysis = analyzeScenario(model);
  });

  it('finds par: 55m along check-changes → page:infra → fix-firewall', () => {
    expect(analysis.par).toEqual({
      time: ms('55m'),
      path: ['check-changes', 'page:infra', 'fix-firewall'],
      redHerrings: [],
    });
    expect(analysis.parComplete).toBe(true);
  });

  it('explores the whole graph: everything reachable, no soft-locks', () => {
    const { graph } = analysis;
    expect(graph.complete).toBe(true);
    expect(graph.reason).toBeUndefined();
    expect([...graph.reachable.actions].sort()).toEqual([
      'check-changes',
      'check-db',
      'fix-firewall',
      'recover-db',
      'restart-db',
    ]);
    expect([...graph.reachable.phases].sort()).toEqual(['fixed', 'outage', 'worse']);
    expect(graph.softLocks).toEqual([]);
  });

  it('lists the red herrings and harmful actions a team can run into', () => {
    expect(analysis.graph.redHerrings).toEqual(['db-looks-busy']);
    expect(analysis.graph.harmfulActions).toEqual(['restart-db']);
  });
});

describe('analysis of generated scenarios', () => {
  // A 1,000-step chain exercises the incremental state key and fact index (analysisIndex.ts).
  it('finds par through a chain of 1,000 actions with distractors', { timeout: 20_000 }, () => {
    const model = modelOf(chainScenario(1000, 3));
    const analysis = analyzeScenario(model);
    expect(analysis.parComplete).toBe(true);
    expect(analysis.par?.path).toHaveLength(1001);
    expect(analysis.par?.path.at(-1)).toBe('fix');
    // detection at 5m, 1,000 one-minute steps, then the one-minute fix
    expect(analysis.par?.time).toBe(ms('5m') + 1001 * ms('1m'));
  });

  it('reports an incomplete analysis instead of hanging on a state explosion', () => {
    const model = modelOf(independentFactsScenario(16));
    const analysis = analyzeScenario(model, { maxStates: 100 });
    expect(analysis.graph.complete).toBe(false);
    expect(analysis.graph.reason).toBe(
      'state graph larger than 100 states (Traversal limit exceeded)',
    );
    expect(analysis.parComplete).toBe(false);
    expect(analysis.par).toBeNull();
    expect(analysis.graph.softLocks).toEqual([]);
  });

  it('still finds par in a small independent-facts scenario', () => {
    const model = modelOf(independentFactsScenario(3));
    const analysis = analyzeScenario(model);
    expect(analysis.graph.complete).toBe(true);
    expect(analysis.par?.time).toBe(ms('5m') + 5 * ms('1m'));
    expect(runPath(model, analysis.par!.path).session.context().resolvedAt).toBe(
      analysis.par!.time,
    );
  });

  it('reports a soft-lock: a harmful action into a dead-end phase', () => {
    const base = minimalScenario('locked');
    const model = modelOf({
      ...base,
      incident: {
        ...base.incident,
        phases: [
          ...base.incident.phases,
          { id: 'gone', name: 'Data lost', kind: 'impact', usersAffected: 1 },
        ],
      },
      actions: [
        ...base.actions.map((a) =>
          a.id === 'fix' ? { ...a, requires: { clues: ['evidence'], phase: ['down'] } } : a,
        ),
        {
          id: 'drop-tables',
          label: 'Drop tables',
          kind: 'mitigate',
          cost: '1m',
          outcome: 'Oops.',
          harmful: 'Everything is gone.',
          effects: { phase: 'gone' },
        },
      ],
    });
    const analysis = analyzeScenario(model);
    expect(analysis.par?.path).toEqual(['find', 'fix']);
    // Each entrance into the locked region, closest first.
    expect(analysis.graph.softLocks.map((s) => [s.path, s.phase])).toEqual([
      [['drop-tables'], 'gone'],
      [['find', 'drop-tables'], 'gone'],
    ]);
    expect(DEFAULT_MAX_STATES).toBeGreaterThan(1000);
  });
});
