import { TestDrill, loadModel, ms } from '../helpers/testDrill.ts';

const TINY = 'test/fixtures/tiny.yaml';
const tiny = (seed = 1) => TestDrill.load(TINY, { seed });

describe('drill session', () => {
  it('starts at the detection alert, waiting for an acknowledgement', () => {
    const drill = tiny().expectTime('30m').expectPhase('outage').expectActive();
    expect(drill.timeline('alert').map((e) => e.t)).toEqual([ms('30m')]);
    expect(drill.session.journal).toEqual([]);
  });

  it('plays the par path to resolution at T+55m', () => {
    tiny()
      .as('ana')
      .ack()
      .do('check-changes')
      .page('infra')
      .jump() // check-changes done at 45m, infra joins at 45m
      .expectClue('firewall-change')
      .expectNoClue('db-looks-busy')
      .do('fix-firewall')
      .finish()
      .expectResolved()
      .expectPhase('fixed')
      .expectTime('55m');
  });

  it('allows one action at a time per participant', () => {
    const drill = tiny().as('ana').ack().do('check-db');
    drill.refuses({ type: 'player.start', participant: 'ana', action: 'check-changes' });
    drill.as('bob').do('check-changes').expectBusy('check-changes');
    drill.as('ana').expectBusy('check-db');
  });

  it('runs two participants in parallel, each finishing at their own time', () => {
    const drill = tiny().as('ana').ack().do('check-db').as('bob').do('check-changes');
    drill.jump().expectTime('45m').expectClue('firewall-change').expectNoClue('db-looks-busy');
    drill.jump().expectTime('1h'); // the executive inject
    drill.jump().expectTime('2h30m').expectClue('db-looks-busy');
    const done = drill.timeline('action-completed').map((e) => [e.participant, e.ref, e.t]);
    expect(done).toEqual([
      ['bob', 'check-changes', ms('45m')],
      ['ana', 'check-db', ms('2h30m')],
    ]);
  });

  it('cancels work: the action never completes and can be started again', () => {
    const drill = tiny().as('ana').ack().do('check-db').advance('30m').cancel().expectBusy(null);
    drill.refuses({ type: 'player.cancel', participant: 'ana' });
    drill.advance('3h').expectNoClue('db-looks-busy');
    expect(drill.timeline('action-cancelled')).toMatchObject([
      { t: ms('1h'), participant: 'ana', ref: 'check-db' },
    ]);
    drill.do('check-db').finish().expectClue('db-looks-busy').expectTime('6h');
  });

  it('accepts an acknowledgement only after detection, and only once', () => {
    const drill = TestDrill.load(TINY, { atIncidentStart: true }).expectTime(0);
    drill.refuses({ type: 'player.acknowledge', participant: 'ana' });
    drill.refuses({ type: 'player.start', participant: 'ana', action: 'check-db' });
    drill.at('30m').as('ana').ack();
    drill.refuses({ type: 'player.acknowledge', participant: 'bob' });
    expect(drill.ctx.acknowledgedAt).toBe(ms('30m'));
  });

  it('does not journal refused events', () => {
    const drill = tiny().as('ana').ack();
    drill.refuses({ type: 'player.start', participant: 'ana', action: 'fix-firewall' });
    drill.refuses({ type: 'player.start', participant: 'ana', action: 'no-such-action' });
    drill.refuses({ type: 'player.page', participant: 'ana', level: 'nobody' });
    drill.refuses({ type: 'player.declare', participant: 'ana', hypothesis: 'aliens' });
    drill.refuses({ type: 'player.status', participant: 'ana', text: '   ' });
    drill.refuses({ type: 'player.note', participant: 'ana', text: '' });
    drill.refuses({ type: 'facilitator.inject', inject: 'nope' });
    drill.declare('firewall');
    drill.refuses({ type: 'player.declare', participant: 'ana', hypothesis: 'firewall' });
    expect(drill.session.journal.map((e) => e.event.type)).toEqual([
      'player.acknowledge',
      'player.declare',
    ]);
  });

  it('journals a facilitator skip and moves game time', () => {
    const drill = tiny().as('ana').ack().skip('20m').expectTime('50m');
    expect(drill.session.journal.at(-1)).toEqual({
      t: ms('30m'),
      event: { type: 'facilitator.skip', ms: ms('20m') },
    });
    expect(drill.timeline('facilitator').map((e) => e.text)).toEqual([
      'Facilitator skipped 20 min',
    ]);
  });

  it('ends the drill on facilitator.end; later events are refused', () => {
    const drill = tiny().as('ana').ack().do('check-db').advance('10m').end('time is up');
    drill.expectEnded();
    expect(drill.ctx.endedAt).toBe(ms('40m'));
    expect(drill.timeline('ended').map((e) => e.text)).toEqual([
      'Facilitator ended the drill: time is up',
    ]);
    drill.refuses({ type: 'player.note', participant: 'ana', text: 'too late' });
    drill.refuses({ type: 'facilitator.end' });
    expect(drill.session.nextEventAt()).toBeNull();
    drill.advance('5h').expectNoClue('db-looks-busy');
  });

  it('fires timed injects between events, at their own time', () => {
    const drill = tiny().as('ana').ack().advance('2h');
    expect(drill.timeline('inject')).toMatchObject([{ t: ms('1h'), ref: 'exec-asks' }]);
  });

  it('fires a conditional inject `delay` after its condition holds', () => {
    const drill = tiny().as('ana').ack().do('check-db').jump().expectTime('1h');
    drill.jump().expectTime('2h30m').expectClue('db-looks-busy');
    expect(drill.ctx.injectsArmed).toEqual({ tickets: ms('2h30m') });
    expect(drill.session.nextEventAt()).toBe(ms('2h40m'));
    drill.jump().expectTime('2h40m');
    expect(drill.ctx.injectsFired).toEqual({ 'exec-asks': ms('1h'), tickets: ms('2h40m') });
  });

  it('lets the facilitator fire an inject early, once', () => {
    const drill = tiny().inject('exec-asks');
    expect(drill.ctx.injectsFired).toEqual({ 'exec-asks': ms('30m') });
    drill.refuses({ type: 'facilitator.inject', inject: 'exec-asks' });
    drill.advance('1h');
    expect(drill.timeline('inject')).toHaveLength(1);
  });

  it('moves phases with harmful actions and back', () => {
    const drill = tiny().as('ana').ack().do('check-db').finish().do('restart-db').finish();
    drill.expectPhase('worse').do('recover-db').finish().expectPhase('outage');
    expect(drill.ctx.harmful).not.toBeNull();
    expect(drill.timeline('harmful').map((e) => e.ref)).toEqual(['restart-db']);
  });

  it('refuses to move game time backwards', () => {
    const drill = tiny().advance('1h');
    drill.session.advanceTo(0); // a no-op, never a rewind
    drill.expectTime('1h30m');
    expect(() => drill.session.clock.advanceTo(0)).toThrow(RangeError);
  });

  it('gives the readable reason when a step is refused', () => {
    const drill = tiny().as('ana').ack().do('check-db');
    expect(() => drill.do('check-changes')).toThrow(
      'refused at T+30m (phase "outage"; ana is busy with "check-db"): {"type":"player.start","participant":"ana","action":"check-changes"}',
    );
  });

  it('notifies subscribers on events and on time', () => {
    const { model } = loadModel(TINY);
    const drill = TestDrill.of(model);
    let calls = 0;
    const stop = drill.session.subscribe(() => calls++);
    drill.as('ana').ack();
    const afterAck = calls;
    expect(afterAck).toBeGreaterThan(0);
    drill.advance('10m');
    expect(calls).toBeGreaterThan(afterAck);
    stop();
    const frozen = calls;
    drill.advance('10m');
    expect(calls).toBe(frozen);
  });
});
