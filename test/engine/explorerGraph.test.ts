import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  explorerGraph,
  runPath,
  type ExplorerGraph,
  type ExplorerNode,
  type ScenarioInput,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { independentFactsScenario, minimalScenario, modelOf } from '../fixtures/generated.ts';
import { loadModel, ms } from '../helpers/testDrill.ts';

/** A broken fixture as a model, skipping the loader's semantic checks (they reject it). */
const brokenModel = (name: string) =>
  modelOf(parse(readFileSync(`test/fixtures/broken/${name}.yaml`, 'utf8')) as ScenarioInput);

const labelsOf = (graph: ExplorerGraph, ids: readonly string[]) =>
  ids.map((id) => graph.edges.find((e) => e.id === id)!.label);

describe('explorer graph of tiny.yaml', () => {
  let model: ScenarioModel;
  let graph: ExplorerGraph;
  beforeAll(() => {
    model = loadModel('test/fixtures/tiny.yaml').model;
    graph = explorerGraph(model);
  });

  it('draws every analysis state, starting at the acknowledged alert', () => {
    expect(graph.condensation).toBe('none');
    expect(graph.condensationNote).toBeNull();
    expect(graph.complete).toBe(true);
    expect(graph.nodes).toHaveLength(graph.states);
    const root = graph.nodes.find((n) => n.id === graph.rootId)!;
    expect(root).toMatchObject({ start: true, phase: 'outage', depth: 0, path: [], clues: [] });
    expect(root.time).toBe(ms('30m'));
  });

  it('marks the par path: its nodes and exactly its edges, waits included', () => {
    const par = graph.par!;
    expect(par.traced).toBe(true);
    expect(par.steps).toEqual(['check-changes', 'page:infra', 'fix-firewall']);
    expect(labelsOf(graph, par.edgeIds)).toEqual([
      'Review change log',
      'Page Infrastructure team',
      'Wait: Infrastructure team joins',
      'Restore firewall rule',
    ]);
    expect(graph.edges.filter((e) => e.onPar).map((e) => e.id)).toEqual(
      expect.arrayContaining(par.edgeIds),
    );
    expect(graph.edges.filter((e) => e.onPar)).toHaveLength(par.edgeIds.length);
    expect(par.nodeIds).toHaveLength(par.edgeIds.length + 1);
    const last = graph.nodes.find((n) => n.id === par.nodeIds.at(-1))!;
    expect(last).toMatchObject({ outcome: 'resolved', phase: 'fixed', onPar: true });
    // Par's nodes are timed by par's own steps (the page goes out while the change log is
    // read), not by the graph's one-step actions (which would page after it: 1h10m).
    expect(last.time).toBe(par.time);
    expect(last.time).toBe(ms('55m'));
    const parNodes = par.nodeIds.map((id) => graph.nodes.find((n) => n.id === id)!);
    expect(parNodes.map((n) => [n.path.join(' '), n.time])).toEqual([
      ['', ms('30m')],
      ['check-changes', ms('45m')],
      // Paged, not yet joined: the page has to wait for the change log to reach this state.
      ['check-changes wait:15m page:infra', ms('45m')],
      ['check-changes page:infra', ms('45m')],
      ['check-changes page:infra fix-firewall', ms('55m')],
    ]);
    expect(graph.nodes.filter((n) => n.onPar).map((n) => n.id)).toEqual(
      expect.arrayContaining(par.nodeIds),
    );
  });

  it('marks red herrings and harmful actions on the edges and in the lists', () => {
    const byStep = (step: string) => graph.edges.filter((e) => e.step === step);
    expect(byStep('check-db').length).toBeGreaterThan(0);
    expect(byStep('check-db').every((e) => e.redHerring && !e.harmful)).toBe(true);
    // Restarting the database needs the red-herring clue: it follows the red herring.
    expect(byStep('restart-db').every((e) => e.harmful && e.redHerring)).toBe(true);
    expect(byStep('check-changes').every((e) => !e.redHerring && !e.harmful)).toBe(true);
    expect(graph.redHerringClues).toEqual(['db-looks-busy']);
    expect(graph.redHerringActions).toEqual(['check-db', 'restart-db']);
    expect(graph.harmfulActions).toEqual(['restart-db']);
  });

  it('finds nothing unreachable and no soft-lock', () => {
    expect(graph.unreachable).toEqual({
      actions: [],
      clues: [],
      injects: [],
      levels: [],
      phases: [],
    });
    expect(graph.softLockStates).toBe(0);
    expect(graph.warnings).toEqual([]);
  });

  it('gives every node a path that runPath replays to that very state', () => {
    const facts = (n: Pick<ExplorerNode, 'phase' | 'clues' | 'escalations' | 'time'>) => n;
    for (const node of graph.nodes) {
      const { session, failure } = runPath(model, node.path);
      expect(failure).toBeNull();
      const c = session.context();
      expect(
        facts({
          phase: c.phase,
          clues: model.file.clues.filter((cl) => cl.id in c.clues).map((cl) => cl.id),
          escalations: model.file.escalation
            .filter((e) => c.escalations[e.id])
            .map((e) => ({ level: e.id, joined: c.escalations[e.id]!.joinedAt !== null })),
          time: session.now(),
        }),
        `node ${node.id}: ${node.path.join(' → ')}`,
      ).toEqual({
        phase: node.phase,
        clues: node.clues,
        escalations: node.escalations,
        time: node.time,
      });
    }
  });

  it('puts exact waits in paths where runPath would otherwise act too early', () => {
    // Paging after the two-hour database check: runPath would page while it runs.
    const node = graph.nodes.find(
      (n) => n.clues.includes('db-looks-busy') && n.escalations.length === 1 && n.depth === 2,
    )!;
    expect(node.path).toEqual(['check-db', 'wait:2h', 'page:infra']);
  });
});

describe('explorer graph: reachability, soft-locks, condensation', () => {
  it('lists an action and a clue nothing can reach', () => {
    const graph = explorerGraph(brokenModel('unreachable-action'));
    expect(graph.unreachable?.actions).toEqual(['read-secret']);
    expect(graph.unreachable?.clues).toEqual(['secret-clue']);
    expect(graph.unreachable?.injects).toEqual([]);
    expect(graph.warnings).toContain('2 scenario element(s) can never be reached.');
    expect(graph.edges.some((e) => e.step === 'read-secret')).toBe(false);
  });

  it('lists a conditional inject whose condition can never hold', () => {
    const input = minimalScenario('inject');
    input.injects = [
      { id: 'never', kind: 'chat', title: 'Never', text: 'x', when: { clues: ['nowhere'] } },
      { id: 'timed', kind: 'chat', title: 'Timed', text: 'x', at: '10m' },
    ];
    input.clues.push({ id: 'nowhere', title: 'x', text: 'x', explanation: 'x' });
    const graph = explorerGraph(modelOf(input));
    expect(graph.unreachable?.injects).toEqual(['never']);
  });

  it('marks soft-locked states', () => {
    const graph = explorerGraph(brokenModel('soft-lock'));
    expect(graph.softLockStates).toBeGreaterThan(0);
    const locked = graph.nodes.filter((n) => n.softLock);
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((n) => n.outcome === 'active' && !n.onPar)).toBe(true);
    expect(graph.warnings.some((w) => w.includes('soft-lock'))).toBe(true);
  });

  it('merges states when there are too many to draw, keeping par step by step', () => {
    const model = modelOf(independentFactsScenario(5));
    const full = explorerGraph(model);
    expect(full.condensation).toBe('none');
    const graph = explorerGraph(model, { maxNodes: 20 });
    expect(graph.states).toBe(full.states);
    expect(graph.condensation).not.toBe('none');
    expect(graph.nodes.length).toBeLessThan(full.nodes.length);
    expect(graph.condensationNote).toMatch(/too many to draw/);
    expect(graph.nodes.reduce((n, node) => n + node.members, 0)).toBe(full.states);
    expect(graph.par?.edgeIds).toHaveLength(full.par!.edgeIds.length);
    expect(graph.edges.filter((e) => e.onPar)).toHaveLength(full.par!.edgeIds.length);
    expect(graph.edges.every((e) => e.source !== e.target)).toBe(true);
  });

  it('says so instead of drawing when the state graph exceeds its bound', () => {
    const graph = explorerGraph(modelOf(independentFactsScenario(10)), { maxStates: 100 });
    expect(graph.complete).toBe(false);
    expect(graph.nodes).toEqual([]);
    expect(graph.unreachable).toBeNull();
    expect(graph.warnings[0]).toMatch(/state graph is incomplete/);
  });
});
