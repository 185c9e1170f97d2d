import {
  replay,
  replayMismatch,
  scoreDrill,
  toArray,
  type DrillRecord,
  type DrillSession,
} from '../../src/engine/index.ts';
import { TestDrill, loadModel, ms } from '../helpers/testDrill.ts';

const TINY = 'test/fixtures/tiny.yaml';

/** Everything a replay must reproduce. */
const observe = (session: DrillSession) => ({
  now: session.now(),
  status: session.snapshot().status,
  phase: session.context().phase,
  timeline: toArray(session.context().timeline),
  clues: session.context().clues,
  score: scoreDrill(session.scenario, session.context(), { par: ms('55m'), at: session.now() }),
});

/** A busy two-person drill with a note, status, inject, skip and a detour. */
const busyDrill = () =>
  TestDrill.load(TINY, { seed: 99 })
    .as('ana')
    .ack()
    .do('check-db')
    .as('bob')
    .status('Investigating slow pages')
    .do('check-changes')
    .note('rule 42?')
    .jump()
    .inject('exec-asks')
    .skip('25m')
    .page('infra')
    .declare('firewall')
    .jump()
    .do('fix-firewall')
    .finish();

describe('replay', () => {
  it('reproduces timeline, phase, score and game time from the record', () => {
    const drill = busyDrill().expectResolved();
    const again = replay(drill.model, drill.record());
    expect(observe(again)).toEqual(observe(drill.session));
    expect(again.journal).toEqual(drill.session.journal);
  });

  it('reproduces an unfinished drill, including work still in flight', () => {
    const drill = TestDrill.load(TINY).as('ana').ack().do('check-db').advance('47m');
    const again = replay(drill.model, drill.record());
    expect(observe(again)).toEqual(observe(drill.session));
    expect(again.context().inFlight).toEqual(drill.ctx.inFlight);
    again.advanceTo(ms('2h30m'));
    expect(again.context().clues).toHaveProperty('db-looks-busy', ms('2h30m'));
  });

  it('fires injects due after the last event when clockAt is later', () => {
    const drill = TestDrill.load(TINY).as('ana').ack();
    const record = { ...drill.record(), clockAt: ms('3h') };
    const again = replay(drill.model, record);
    expect(again.now()).toBe(ms('3h'));
    expect(again.context().injectsFired).toEqual({ 'exec-asks': ms('1h') });
  });

  it('refuses a record of another scenario version or hash', () => {
    const drill = TestDrill.load(TINY).as('ana').ack();
    const record = drill.record();
    const forged = { ...record, scenario: { ...record.scenario, hash: '0000000000000000' } };
    expect(replayMismatch(drill.model, forged)).toMatch(
      /^record was played on tiny-firewall@1.0.0/,
    );
    expect(() => replay(drill.model, forged)).toThrow(/record was played on tiny-firewall/);
    const other = { ...record, scenario: { ...record.scenario, id: 'web-outage' } };
    expect(() => replay(drill.model, other)).toThrow(
      'record is for scenario "web-outage", not "tiny-firewall"',
    );
    expect(replayMismatch(drill.model, record)).toBeNull();
  });

  it('refuses a journal that goes back in time or holds a refused event', () => {
    const { model } = loadModel(TINY);
    const base = TestDrill.of(model).record();
    const back = {
      ...base,
      journal: [
        { t: ms('40m'), event: { type: 'player.acknowledge' as const, participant: 'a' } },
        { t: ms('35m'), event: { type: 'player.note' as const, participant: 'a', text: 'x' } },
      ],
    };
    expect(() => replay(model, back)).toThrow('journal entry 1 goes back in time');
    const refused = {
      ...base,
      journal: [
        {
          t: ms('40m'),
          event: { type: 'player.start' as const, participant: 'a', action: 'fix-firewall' },
        },
      ],
    };
    expect(() => replay(model, refused)).toThrow(
      'journal entry 0 (player.start) was refused on replay',
    );
  });

  it('round-trips through JSON', () => {
    const drill = busyDrill();
    const again = replay(drill.model, JSON.parse(JSON.stringify(drill.record())) as DrillRecord);
    expect(observe(again)).toEqual(observe(drill.session));
  });
});
