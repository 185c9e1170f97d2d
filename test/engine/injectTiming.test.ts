/**
 * Inject timing at the edges: ties between timers, zero-delay chains, `when.after` gates and
 * injects whose condition the resolving step satisfies. The shipped scenarios rarely hit
 * these; they pin the order the machine keeps for them (timers set in file order after the
 * alert, conditional injects armed before the drill can resolve in the same step).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadScenario, toArray, type ScenarioModel } from '../../src/engine/index.ts';
import { ROOT, TestDrill, ms } from '../helpers/testDrill.ts';

const EXTRA_CLUES = `  - id: extra
    title: Extra clue
    text: Revealed by an inject.
    pointsTo: firewall
    explanation: Test clue.
  - id: extra2
    title: Extra clue two
    text: Revealed by a chained inject.
    pointsTo: firewall
    explanation: Test clue.
`;

const EXTRA_INJECTS = `  - { id: at-zero, kind: chat, title: At zero, text: z, at: 0m }
  - { id: at-detect, kind: alert, title: At detection, text: d, at: 30m }
  - { id: at-start, kind: chat, title: Holds at start, text: s, when: { phase: [outage] } }
  - { id: start-armed, kind: chat, title: Armed at start, text: s, when: { phase: [outage] }, delay: 40m }
  - { id: chain-a, kind: chat, title: Chain A, text: a, when: { clues: [firewall-change] }, effects: { reveal: [extra] } }
  - { id: chain-b, kind: chat, title: Chain B, text: b, when: { clues: [extra] }, effects: { reveal: [extra2] } }
  - { id: twin-1, kind: ticket, title: Twin 1, text: t, when: { clues: [db-looks-busy] }, delay: 10m }
  - { id: twin-2, kind: ticket, title: Twin 2, text: t, when: { clues: [db-looks-busy] }, delay: 10m }
  - { id: gated, kind: chat, title: Gated, text: g, when: { after: 45m, clues: [db-looks-busy] } }
  - { id: gated-hour, kind: chat, title: Gated hour, text: g, when: { after: 1h } }
  - { id: on-fix, kind: chat, title: On fix, text: f, when: { actions: [fix-firewall] } }
  - { id: on-fix-later, kind: chat, title: On fix later, text: f, when: { actions: [fix-firewall] }, delay: 5m }
`;

/** tiny.yaml (alert at 30m, `exec-asks` at 1h, `tickets` 10m after db-looks-busy) plus the injects above. */
function edgeModel(): ScenarioModel {
  const tiny = readFileSync(path.resolve(ROOT, 'test/fixtures/tiny.yaml'), 'utf8');
  const text = tiny
    .replace('id: tiny-firewall', 'id: inject-timing')
    .replace('  - id: firewall-change\n', `${EXTRA_CLUES}  - id: firewall-change\n`)
    .replace('hints:\n', `${EXTRA_INJECTS}hints:\n`);
  const result = loadScenario(text, 'inject-timing.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.model;
}

let model: ScenarioModel;
beforeAll(() => {
  model = edgeModel();
});

const drill = () => TestDrill.of(model, { seed: 5 }).as('ana');
const entries = (d: TestDrill, kinds: string[]) =>
  d.timeline().flatMap((e) => (kinds.includes(e.kind) ? [[e.t, e.text]] : []));

/** The journal rebuilds the same drill. */
function expectExactReplay(d: TestDrill) {
  const again = d.replayed();
  expect(toArray(again.context().timeline)).toEqual(d.timeline());
  expect(again.context().injectsArmed).toEqual(d.ctx.injectsArmed);
  expect(again.context().injectsFired).toEqual(d.ctx.injectsFired);
  expect(again.nextEventAt()).toBe(d.session.nextEventAt());
}

describe('inject timing', () => {
  it('fires injects due with the alert after it, and those holding at start at once', () => {
    const d = drill();
    expect(entries(d, ['alert', 'inject'])).toEqual([
      [0, 'Holds at start'],
      [0, 'At zero'],
      [ms('30m'), 'ALERT (sev2): Response time above 2s'],
      [ms('30m'), 'At detection'],
    ]);
    expect(d.ctx.injectsArmed).toEqual({ 'at-start': 0, 'start-armed': 0 });
    expect(d.session.nextEventAt()).toBe(ms('40m'));
    d.jump().expectTime('40m');
    expect(d.ctx.injectsFired['start-armed']).toBe(ms('40m'));
    expectExactReplay(d);
  });

  it('fires a chain of zero-delay injects in the step that satisfies the first', () => {
    const d = drill().ack().do('check-changes').finish().expectTime('45m');
    expect(entries(d, ['action-completed', 'clue', 'inject']).slice(-6)).toEqual([
      [ms('45m'), 'Done: Review change log'],
      [ms('45m'), 'Evidence: Firewall rule changed last night'],
      [ms('45m'), 'Chain A'],
      [ms('45m'), 'Evidence: Extra clue'],
      [ms('45m'), 'Chain B'],
      [ms('45m'), 'Evidence: Extra clue two'],
    ]);
    expectExactReplay(d);
  });

  it('fires injects armed together with the same delay in file order', () => {
    const d = drill().ack().do('check-db').finish().expectTime('2h30m');
    expect(d.ctx.injectsArmed).toMatchObject({
      tickets: ms('2h30m'),
      'twin-1': ms('2h30m'),
      'twin-2': ms('2h30m'),
      gated: ms('2h30m'),
    });
    expect(d.ctx.injectsFired.gated).toBe(ms('2h30m'));
    d.jump().expectTime('2h40m');
    expect(entries(d, ['inject']).filter(([t]) => t === ms('2h40m'))).toEqual([
      [ms('2h40m'), 'Tickets spike'],
      [ms('2h40m'), 'Twin 1'],
      [ms('2h40m'), 'Twin 2'],
    ]);
    expectExactReplay(d);
  });

  it('watches a `when.after` inject from its time on, after timed injects due then', () => {
    const d = drill().at('59m');
    expect(d.ctx.injectsFired['gated-hour']).toBeUndefined();
    d.at('1h');
    expect(entries(d, ['inject']).filter(([t]) => t === ms('1h'))).toEqual([
      [ms('1h'), 'VP asks for status'],
      [ms('1h'), 'Gated hour'],
    ]);
    expectExactReplay(d);
  });

  it('cancels the timer of an inject the facilitator fires early', () => {
    const d = drill();
    const pending = d.session.clock.pending;
    d.inject('gated-hour').inject('start-armed');
    expect(d.session.clock.pending).toBe(pending - 2);
    expect(d.ctx.injectsFired).toMatchObject({ 'gated-hour': ms('30m'), 'start-armed': ms('30m') });
    d.refuses({ type: 'facilitator.inject', inject: 'gated-hour' }).at('2h');
    expect(d.timeline('inject').filter((e) => e.ref === 'gated-hour')).toHaveLength(1);
    expectExactReplay(d);
  });

  it('fires injects the resolving step satisfies before the drill resolves', () => {
    const d = drill().ack().do('check-changes').finish().page('infra').jump();
    d.do('fix-firewall').finish().expectResolved();
    const t = d.ctx.resolvedAt!;
    expect(entries(d, ['action-completed', 'resolved', 'inject']).slice(-3)).toEqual([
      [t, 'Done: Restore firewall rule'],
      [t, 'Incident resolved'],
      [t, 'On fix'],
    ]);
    expect(d.ctx.injectsArmed['on-fix-later']).toBe(t);
    expect(d.ctx.injectsFired['on-fix-later']).toBeUndefined();
    expect(d.session.clock.pending).toBe(0);
    expectExactReplay(d);
  });

  it('keeps one active state per drill, whatever the number of injects', () => {
    const d = drill().ack();
    expect(d.session.snapshot().value).toEqual({ running: 'outage' });
    d.do('check-db').finish().do('restart-db').finish().expectPhase('worse');
    expect(d.session.snapshot().value).toEqual({ running: 'worse' });
  });
});
