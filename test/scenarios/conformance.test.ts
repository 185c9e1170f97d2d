/**
 * Every scenario in scenarios/*.yaml (found at test time, so new files are picked up):
 * loads cleanly, has a par that a replay reproduces exactly, and a history path that
 * matches the real incident's duration and is much slower than par.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzeScenario,
  formatProblem,
  loadScenario,
  parseDuration,
  runPath,
  scenarioJsonSchema,
  type AnalysisResult,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { ROOT, SHIPPED_SCENARIOS } from '../helpers/testDrill.ts';

const FILES = SHIPPED_SCENARIOS;

it('finds scenario files', () => {
  expect(FILES.length).toBeGreaterThan(0);
});

describe.each(FILES)('%s', (file) => {
  let model: ScenarioModel;
  let analysis: AnalysisResult;
  let problems: string[];
  beforeAll(() => {
    const result = loadScenario(readFileSync(path.join(ROOT, file), 'utf8'), file);
    problems = result.problems.map(formatProblem);
    if (!result.ok) throw new Error(`${file} does not load:\n${problems.join('\n')}`);
    model = result.model;
    analysis = analyzeScenario(model, { machine: result.machine });
  });

  it('loads with no errors or warnings', () => {
    expect(problems).toEqual([]);
  });

  it('has a par and a complete state graph', () => {
    expect(analysis.parComplete).toBe(true);
    expect(analysis.par).not.toBeNull();
    expect(analysis.graph.complete, analysis.graph.reason).toBe(true);
    expect(analysis.graph.softLocks).toEqual([]);
  });

  it('resolves at exactly par time when the par path is replayed', () => {
    const run = runPath(model, analysis.par!.path);
    expect(run.failure).toBeNull();
    expect(run.session.context().resolvedAt).toBe(analysis.par!.time);
  });

  it('is listed in the authoring guide and the scenarios context', () => {
    const name = path.basename(file);
    for (const doc of ['scenarios/README.md', 'scenarios/CONTEXT.md'])
      expect(readFileSync(path.join(ROOT, doc), 'utf8'), doc).toContain(`\`${name}\``);
  });

  it('is a complete drill: sources, failure modes, a misleading path, escalation, a real history', () => {
    const raw = readFileSync(path.join(ROOT, file), 'utf8');
    const { file: scenario } = model;
    expect(raw, 'failureModes must be chosen, not defaulted').toMatch(/^failureModes:/m);
    expect(scenario.sources.length).toBeGreaterThan(0);
    expect(scenario.history, 'history (the real incident) is required').toBeDefined();
    expect(analysis.graph.redHerrings.length, 'a misleading path players can take').toBeGreaterThan(
      0,
    );
    expect(analysis.par!.redHerrings, 'par avoids the red herrings').toEqual([]);
    expect(scenario.escalation.length).toBeGreaterThan(0);
    expect(
      analysis.par!.path.some((step) => step.startsWith('page:')),
      'escalation matters: the fastest path pages someone',
    ).toBe(true);
    expect(
      scenario.history!.timeline.some((entry) => entry.kind === 'misleading'),
      'the real timeline records what misled the team',
    ).toBe(true);
  });

  it('has a history path that resolves within 10% of the real duration, far above par', () => {
    const history = model.file.history!;
    const run = runPath(model, history.path);
    expect(run.failure).toBeNull();
    const resolvedAt = run.session.context().resolvedAt;
    expect(resolvedAt).not.toBeNull();
    const real = parseDuration(history.duration);
    expect(Math.abs(resolvedAt! - real)).toBeLessThanOrEqual(real * 0.1);
    expect(analysis.par!.time).toBeLessThan(resolvedAt! * 0.5);
  });
});

describe('published JSON Schema', () => {
  const file = path.join(ROOT, 'public/schema/scenario.schema.json');
  it('public/schema/scenario.schema.json equals scenarioJsonSchema()', () => {
    expect(
      existsSync(file),
      'run: npm run -s scenario -- schema > public/schema/scenario.schema.json',
    ).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(scenarioJsonSchema());
  });
});
