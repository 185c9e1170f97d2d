import {
  analyzeScenario,
  formatPathStep,
  parsePathStep,
  runPath,
  type AnalysisResult,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { loadModel, ms } from '../helpers/testDrill.ts';

let model: ScenarioModel;
let analysis: AnalysisResult;
beforeAll(() => {
  model = loadModel('test/fixtures/tiny.yaml').model;
  analysis = analyzeScenario(model);
});

describe('paths', () => {
  it('parses and formats steps', () => {
    expect(parsePathStep('check-db')).toEqual({
      ok: true,
      step: { kind: 'action', action: 'check-db' },
    });
    expect(parsePathStep('page:infra')).toEqual({
      ok: true,
      step: { kind: 'page', level: 'infra' },
    });
    expect(parsePathStep('declare:firewall')).toEqual({
      ok: true,
      step: { kind: 'declare', hypothesis: 'firewall' },
    });
    expect(parsePathStep('wait:1h30m')).toEqual({
      ok: true,
      step: { kind: 'wait', ms: ms('1h30m') },
    });
    expect(parsePathStep('wait:soon')).toEqual({ ok: false, message: '"soon" is not a duration' });
    expect(parsePathStep('page:')).toEqual({ ok: false, message: 'empty path step "page:"' });
    expect(parsePathStep('goto:x')).toMatchObject({ ok: false, message: /unknown path step/ });
    for (const text of ['check-db', 'page:infra', 'declare:firewall', 'wait:30m']) {
      const parsed = parsePathStep(text);
      expect(parsed.ok && formatPathStep(parsed.step)).toBe(text);
    }
  });

  it('replays the par path to resolution at exactly par time', () => {
    const par = analysis.par!;
    const run = runPath(model, par.path);
    expect(run.failure).toBeNull();
    expect(run.session.context().resolvedAt).toBe(par.time);
  });

  it('waits for what unlocks a step (a join) before taking it', () => {
    const run = runPath(model, ['page:infra', 'check-changes', 'fix-firewall']);
    expect(run.failure).toBeNull();
    expect(run.session.context().resolvedAt).toBe(ms('55m'));
  });

  it('honours explicit waits', () => {
    const run = runPath(model, ['wait:1h', 'check-changes', 'page:infra', 'fix-firewall']);
    expect(run.session.context().resolvedAt).toBe(ms('1h55m'));
  });

  it('reports the first step that cannot be taken, with why', () => {
    expect(runPath(model, ['check-changes', 'fix-firewall']).failure).toEqual({
      index: 1,
      step: 'fix-firewall',
      reason:
        'action "fix-firewall" is not available (already done, or its requirements are never met)',
    });
    expect(runPath(model, ['launch-rocket']).failure).toEqual({
      index: 0,
      step: 'launch-rocket',
      reason: 'unknown action "launch-rocket"',
    });
    expect(runPath(model, ['page:infra', 'page:infra']).failure).toMatchObject({
      index: 1,
      reason: 'cannot page "infra" (unknown, already paged, or not yet possible)',
    });
    expect(runPath(model, ['declare:aliens']).failure).toMatchObject({
      reason: 'unknown hypothesis "aliens"',
    });
    expect(runPath(model, ['wait:never']).failure).toMatchObject({
      reason: '"never" is not a duration',
    });
    // The last action is still running when check-db is due: waiting for it resolves the drill.
    expect(
      runPath(model, ['check-changes', 'page:infra', 'fix-firewall', 'check-db']).failure,
    ).toEqual({ index: 3, step: 'check-db', reason: 'the drill is over' });
    expect(
      runPath(model, ['check-changes', 'page:infra', 'fix-firewall', 'wait:30m', 'check-db'])
        .failure,
    ).toEqual({ index: 4, step: 'check-db', reason: 'the drill was already over' });
  });

  it('plays the history path with its detour to resolution', () => {
    const run = runPath(model, model.file.history!.path);
    expect(run.failure).toBeNull();
    expect(run.session.context().resolvedAt).toBe(ms('3h25m'));
    expect(run.session.context().harmful?.size).toBe(1);
  });
});
