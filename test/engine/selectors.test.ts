import {
  parsePathStep,
  selectActions,
  selectClues,
  selectEscalation,
  hintAvailable,
  pendingInjects,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { SHIPPED_SCENARIOS, TestDrill, loadModel, ms } from '../helpers/testDrill.ts';

const TINY = 'test/fixtures/tiny.yaml';
const FILES = [TINY, ...SHIPPED_SCENARIOS];

/** No locked action may name a clue the team has not found yet. */
function expectNoSpoilers(model: ScenarioModel, drill: TestDrill) {
  const unfound = model.file.clues.filter((c) => !(c.id in drill.ctx.clues));
  for (const view of selectActions(model, drill.ctx, drill.participant)) {
    for (const reason of view.lockedReasons)
      for (const clue of unfound) {
        expect(reason).not.toContain(clue.title);
        expect(reason).not.toContain(clue.id);
      }
  }
}

describe('selectors', () => {
  it('shows action status for a participant: available, locked, busy, in progress, done', () => {
    const drill = TestDrill.load(TINY).as('ana').ack().do('check-changes');
    const status = (who: string) =>
      Object.fromEntries(selectActions(drill.model, drill.ctx, who).map((a) => [a.id, a.status]));
    expect(status('ana')).toEqual({
      'check-db': 'busy',
      'restart-db': 'locked',
      'recover-db': 'locked',
      'check-changes': 'in-progress',
      'fix-firewall': 'locked',
    });
    expect(status('bob')['check-db']).toBe('available');
    drill.finish();
    expect(status('ana')['check-changes']).toBe('done');
    const fix = selectActions(drill.model, drill.ctx, 'ana').find((a) => a.id === 'fix-firewall')!;
    expect(fix.lockedReasons).toEqual(['after Infrastructure team joins']);
  });

  it('explains locks before detection without naming anything', () => {
    const drill = TestDrill.load(TINY, { atIncidentStart: true });
    for (const view of selectActions(drill.model, drill.ctx, 'ana')) {
      expect(view.status).toBe('locked');
      expect(view.lockedReasons).toEqual(['the incident has not been detected yet']);
    }
    expect(hintAvailable(drill.model, drill.ctx)).toBe(false);
  });

  it('shows escalation levels, clues newest first and pending injects', () => {
    const drill = TestDrill.load(TINY).as('ana').ack().page('infra');
    expect(selectEscalation(drill.model, drill.ctx)).toMatchObject([
      { id: 'infra', status: 'paged', pagedAt: ms('30m'), joinedAt: null, joinAfter: ms('15m') },
    ]);
    drill.do('check-changes').finish();
    expect(selectEscalation(drill.model, drill.ctx)[0]?.status).toBe('joined');
    expect(selectClues(drill.model, drill.ctx).map((c) => c.id)).toEqual(['firewall-change']);
    expect(pendingInjects(drill.model, drill.ctx).map((i) => [i.id, i.at])).toEqual([
      ['exec-asks', ms('1h')],
      ['tickets', null],
    ]);
    expect(hintAvailable(drill.model, drill.ctx)).toBe(true);
    drill.hint();
    expect(hintAvailable(drill.model, drill.ctx)).toBe(false);
  });

  it.each(FILES)('never reveals an unfound clue in locked reasons: %s', (file) => {
    const { model } = loadModel(file);
    const steps = model.file.history?.path ?? [];
    const drill = TestDrill.load(file).as('responder').ack();
    expectNoSpoilers(model, drill);
    for (const text of steps) {
      const parsed = parsePathStep(text);
      if (!parsed.ok || drill.session.isOver()) break;
      const step = parsed.step;
      if (step.kind === 'wait') drill.advance(step.ms);
      else if (step.kind === 'page')
        drill.session.send({ type: 'player.page', participant: 'responder', level: step.level });
      else if (step.kind === 'declare')
        drill.session.send({
          type: 'player.declare',
          participant: 'responder',
          hypothesis: step.hypothesis,
        });
      else {
        drill.finish();
        drill.session.send({ type: 'player.start', participant: 'responder', action: step.action });
      }
      expectNoSpoilers(model, drill);
    }
  });
});
