/**
 * One definition of a red herring (`src/engine/redHerrings.ts`) for the analysis, the
 * explorer, scoring and the debrief: par never counts as chasing one, in any shipped
 * scenario, while a run that does follow one still shows it.
 */
import {
  analyzeScenario,
  buildDebrief,
  explorerGraph,
  isRedHerringAction,
  parseDuration,
  redHerringDirection,
  runPath,
  scoreDrill,
  type AnalysisResult,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { SHIPPED_SCENARIOS, loadModel } from '../helpers/testDrill.ts';

const FILES = [...SHIPPED_SCENARIOS, 'test/fixtures/tiny.yaml', 'test/fixtures/walkthrough.yaml'];

const load = (file: string): ScenarioModel => loadModel(file).model;

function debriefOf(model: ScenarioModel, analysis: AnalysisResult, steps: readonly string[]) {
  const { session, failure } = runPath(model, steps);
  expect(failure).toBeNull();
  const ctx = session.context();
  const score = scoreDrill(model, ctx, { par: analysis.par?.time ?? null, at: session.now() });
  return { score, debrief: buildDebrief(model, ctx, score, analysis) };
}

const misleadingMarks = (debrief: ReturnType<typeof buildDebrief>) =>
  [debrief.timelines.team, debrief.timelines.par].flatMap((lane) =>
    lane.events.filter((e) => e.mark === 'misleading').map((e) => `${lane.id}: ${e.text}`),
  );

describe.each(FILES)('red herrings in %s', (file) => {
  const model = load(file);
  const analysis = analyzeScenario(model);

  it('par scores no red-herring time and the debrief marks nothing on it misleading', () => {
    const { score, debrief } = debriefOf(model, analysis, analysis.par!.path);
    expect(analysis.par!.redHerrings).toEqual([]);
    expect(score.redHerringMs).toBe(0);
    expect(score.redHerringByHypothesis).toEqual([]);
    expect(misleadingMarks(debrief)).toEqual([]);
    expect(debrief.misledBy).toEqual([]);
  });

  it('counts exactly the history path’s red-herring actions, and marks them', () => {
    const history = model.file.history?.path;
    if (!history) return;
    const { score, debrief } = debriefOf(model, analysis, history);
    const chased = [...new Set(history)].filter(
      (step) => model.actions.has(step) && isRedHerringAction(model, step),
    );
    const expectedMs = chased
      .map((id) => parseDuration(model.actions.get(id)!.cost))
      .reduce((sum, ms) => sum + ms, 0);
    expect(score.redHerringMs).toBe(expectedMs);
    const marked = debrief.timelines.team.events
      .filter((e) => e.kind === 'action-started' && e.mark === 'misleading')
      .map((e) => e.text);
    expect(marked).toHaveLength(chased.length);
    if (score.redHerringCluesFound.length > 0)
      expect(debrief.redHerrings.length).toBeGreaterThan(0);
  });
});

describe('web-stack-outage-2023-10: a wrong-hypothesis check that finds the key evidence', () => {
  const model = load('scenarios/web-stack-outage-2023-10.yaml');
  const analysis = analyzeScenario(model);

  it('is par’s first step, and no red herring anywhere', () => {
    expect(analysis.par!.path[0]).toBe('check-web-servers');
    expect(model.actions.get('check-web-servers')?.hypothesis).toBe('web-capacity');
    expect(isRedHerringAction(model, 'check-web-servers')).toBe(false);
    const graph = explorerGraph(model, { analysis });
    expect(graph.redHerringActions).not.toContain('check-web-servers');
    expect(graph.edges.filter((e) => e.step === 'check-web-servers' && e.redHerring)).toEqual([]);
  });

  it('still counts the database chase of the real team, by where it led', () => {
    const { score, debrief } = debriefOf(model, analysis, model.file.history!.path);
    expect(redHerringDirection(model, 'rebuild-replica')).toBe('database-overload');
    expect(score.redHerringByHypothesis.map((r) => r.hypothesis)).toContain('database-overload');
    expect(debrief.misledBy[0]).toMatchObject({ hypothesis: 'database-overload' });
    expect(misleadingMarks(debrief).length).toBeGreaterThan(0);
  });
});
