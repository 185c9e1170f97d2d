import {
  hintAvailable,
  loadScenario,
  selectHintSchedule,
  type HintSchedule,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { SHIPPED_SCENARIOS, TestDrill, loadModel, ms } from '../helpers/testDrill.ts';
import { TIMED_HINTS_TEXT } from '../helpers/timedHints.ts';

/** The tiny drill with hints that wait for time, evidence, or both. */
function timedHintsModel(): ScenarioModel {
  const text = TIMED_HINTS_TEXT;
  const result = loadScenario(text, 'timed-hints.yaml');
  if (!result.ok) throw new Error('timed-hints fixture does not load');
  return result.model;
}

const schedule = (drill: TestDrill) => selectHintSchedule(drill.model, drill.ctx);
const canAskHint = (drill: TestDrill) =>
  drill.session.can({ type: 'player.hint', participant: drill.participant });

describe('selectHintSchedule', () => {
  it('gives the time of a hint that waits only for time, and keeps that promise', () => {
    const drill = TestDrill.of(timedHintsModel()).as('ana').ack();
    expect(schedule(drill)).toEqual({ kind: 'at', at: ms('45m') });

    drill.at(ms('45m') - 1000);
    expect(canAskHint(drill)).toBe(false);
    // No engine event between the alert and T+45m: the request's own time decides.
    drill.at('45m');
    expect(canAskHint(drill)).toBe(true);
    drill.hint();
    expect(drill.ctx.hintsShown).toEqual(['wait-a-bit']);
    expect(drill.replayed().context().hintsShown).toEqual(['wait-a-bit']);
  });

  it('says progress is needed when no remaining hint opens with time alone', () => {
    const drill = TestDrill.of(timedHintsModel()).as('ana').ack().at('45m').hint();
    expect(schedule(drill)).toEqual({ kind: 'progress' });
    drill.at('1h45m');
    expect(schedule(drill)).toEqual({ kind: 'progress' });
    expect(canAskHint(drill)).toBe(false);
  });

  it('moves from evidence to time to exhausted as hints are shown', () => {
    const drill = TestDrill.of(timedHintsModel()).as('ana').ack().at('45m').hint();
    drill.do('check-changes').finish().expectClue('firewall-change');
    expect(schedule(drill)).toEqual({ kind: 'now' });
    drill.hint();
    expect(schedule(drill)).toEqual({ kind: 'at', at: ms('1h30m') });
    drill.at('1h30m').hint();
    expect(schedule(drill)).toEqual({ kind: 'exhausted' });
    expect(canAskHint(drill)).toBe(false);
  });

  it('offers no hint before the alert, and promises one at detection', () => {
    const drill = TestDrill.load('test/fixtures/tiny.yaml', { atIncidentStart: true });
    expect(schedule(drill)).toEqual({ kind: 'at', at: ms('30m') });
    drill.at('30m');
    expect(schedule(drill)).toEqual({ kind: 'now' });
  });

  it.each(['test/fixtures/tiny.yaml', ...SHIPPED_SCENARIOS])(
    'agrees with the engine while a player waits and asks: %s',
    (file) => {
      const { model } = loadModel(file);
      const drill = TestDrill.load(file).ack();
      let next: HintSchedule;
      for (let step = 0; step <= model.file.hints.length && !drill.session.isOver(); step++) {
        next = schedule(drill);
        expect(next.kind === 'now').toBe(hintAvailable(model, drill.ctx));
        if (next.kind === 'progress' || next.kind === 'exhausted') break;
        if (next.kind === 'at') {
          if (drill.now < next.at - 1000) drill.at(next.at - 1000);
          const still = schedule(drill);
          if (still.kind === 'at' && drill.now < still.at) expect(canAskHint(drill)).toBe(false);
          drill.at(Math.max(drill.now, still.kind === 'at' ? still.at : drill.now));
        }
        if (drill.session.isOver()) break;
        expect(canAskHint(drill), `hint at ${drill.now}`).toBe(true);
        drill.hint();
      }
      next = schedule(drill);
      if (next.kind === 'progress' || next.kind === 'exhausted') {
        expect(canAskHint(drill)).toBe(false);
        expect(next.kind === 'exhausted').toBe(
          drill.ctx.hintsShown.length === model.file.hints.length,
        );
      }
    },
  );
});
