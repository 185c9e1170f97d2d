/**
 * The explorer's par nodes agree with par: for every shipped scenario, the fixtures and the
 * starter scenario `scenario new` writes, the resolved node on par is reached at par time,
 * and each par node's path replays (with `runPath`) to that node's time and facts.
 */
import { starterScenario } from '../../src/cli/starter.ts';
import {
  analyzeScenario,
  explorerGraph,
  loadScenario,
  runPath,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { SHIPPED_SCENARIOS, loadModel } from '../helpers/testDrill.ts';

const FILES = [
  ...SHIPPED_SCENARIOS,
  'test/fixtures/tiny.yaml',
  'test/fixtures/walkthrough.yaml',
  'starter',
];

function load(file: string): ScenarioModel {
  if (file !== 'starter') return loadModel(file).model;
  const result = loadScenario(starterScenario('x', 'schema.json'), file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.model;
}

describe.each(FILES)('explorer par of %s', (file) => {
  const model = load(file);
  const analysis = analyzeScenario(model);
  const graph = explorerGraph(model, { analysis });
  const parNodes = (graph.par?.nodeIds ?? []).map((id) => graph.nodes.find((n) => n.id === id)!);

  it('ends at the resolved node at par time', () => {
    expect(graph.par?.traced).toBe(true);
    const last = parNodes.at(-1)!;
    expect(last.outcome).toBe('resolved');
    expect(last.time).toBe(analysis.par!.time);
    expect(last.path).toEqual(analysis.par!.path);
  });

  it('gives each par node a path of par’s steps that replays to its time and facts', () => {
    for (const node of parNodes) {
      const steps = node.path.filter((s) => !s.startsWith('wait:'));
      expect(steps, `node ${node.id}`).toEqual(analysis.par!.path.slice(0, steps.length));
      const { session, failure } = runPath(model, node.path);
      expect(failure).toBeNull();
      const c = session.context();
      expect(
        {
          time: session.now(),
          phase: c.phase,
          clues: model.file.clues.filter((cl) => cl.id in c.clues).map((cl) => cl.id),
          escalations: model.file.escalation
            .filter((e) => c.escalations[e.id])
            .map((e) => ({ level: e.id, joined: c.escalations[e.id]!.joinedAt !== null })),
        },
        `node ${node.id}: ${node.path.join(' → ')}`,
      ).toEqual({
        time: node.time,
        phase: node.phase,
        clues: node.clues,
        escalations: node.escalations,
      });
    }
  });

  it('never goes back in time along par', () => {
    const times = parNodes.map((n) => n.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(graph.warnings.filter((w) => w.includes('par'))).toEqual([]);
  });
});
