import { STATUS_CADENCE_MS } from '../../src/engine/index.ts';
import { TestDrill, ms } from '../helpers/testDrill.ts';

const PAR = ms('55m');
const tiny = () => TestDrill.load('test/fixtures/tiny.yaml', { seed: 3 });
const parRun = () =>
  tiny()
    .as('ana')
    .ack()
    .status('Looking into it')
    .do('check-changes')
    .page('infra')
    .jump()
    .declare('firewall')
    .do('fix-firewall')
    .finish();

describe('scoring', () => {
  it('grades the par path A, with times measured from the alert or incident start', () => {
    const score = parRun().expectResolved().score(PAR);
    expect(score).toMatchObject({
      outcome: 'resolved',
      timeToAcknowledge: 0,
      timeToCorrectHypothesis: ms('45m'),
      timeToEscalate: ms('30m'),
      timeToMitigate: ms('55m'),
      timeToResolve: ms('55m'),
      redHerringMs: 0,
      harmful: [],
      vsPar: 1,
      realDuration: ms('4h'),
      grade: 'A',
      cluesFound: ['firewall-change'],
      cluesMissed: ['db-looks-busy'],
    });
    expect(score.statusUpdates).toEqual({ count: 1, longestGapMs: ms('25m'), onCadence: true });
    // 75 % of users for 55 minutes at 100 per minute
    expect(score.cost).toBe(Math.round(0.75 * 100 * 55));
  });

  it('counts red-herring minutes per wrong hypothesis, including work in flight', () => {
    const drill = tiny().as('ana').ack().do('check-db').advance('1h');
    expect(drill.score(PAR).redHerringMs).toBe(ms('1h'));
    drill.finish().do('restart-db').advance('5m');
    expect(drill.score(PAR).redHerringByHypothesis).toEqual([
      { hypothesis: 'database', ms: ms('2h5m') },
    ]);
    // Time on the root cause's own hypothesis never counts.
    drill.finish().as('bob').do('check-changes').finish();
    expect(drill.score(PAR).redHerringMs).toBe(ms('2h20m'));
    expect(drill.score(PAR).redHerringCluesFound).toEqual(['db-looks-busy']);
  });

  it('marks harmful actions and takes a grade off', () => {
    const drill = tiny()
      .as('ana')
      .ack()
      .status('On it')
      .do('check-changes')
      .page('infra')
      .jump()
      .as('bob')
      .do('check-db')
      .finish()
      .do('restart-db')
      .finish()
      .do('recover-db')
      .finish()
      .as('ana')
      .do('fix-firewall')
      .status('Fixed')
      .finish();
    const score = drill.expectResolved().score(PAR);
    expect(score.harmful).toEqual([
      {
        action: 'restart-db',
        participant: 'bob',
        t: ms('3h5m'),
        why: 'Restarting drops every connection and does not touch the cause.',
      },
    ]);
    // 3h25m is 3.7× par: D, one grade down for the harm: F
    expect(score.timeToResolve).toBe(ms('3h25m'));
    expect(score.grade).toBe('F');
    expect(score.reasons).toContain('1 harmful action made the outage worse (one grade down).');
  });

  it('checks the status cadence and takes a grade off when there was no update at all', () => {
    const silent = tiny()
      .as('ana')
      .ack()
      .do('check-changes')
      .page('infra')
      .jump()
      .advance('20m')
      .do('fix-firewall')
      .finish();
    const score = silent.score(PAR);
    expect(score.statusUpdates).toEqual({ count: 0, longestGapMs: ms('45m'), onCadence: false });
    expect(score.statusUpdates.longestGapMs).toBeGreaterThan(STATUS_CADENCE_MS);
    // 1h15m is 1.36× par: B, then no update at all: C
    expect(score.grade).toBe('C');
  });

  it('grades an unresolved or ended drill F, and keeps every field in bounds', () => {
    const ended = tiny().as('ana').ack().do('check-db').advance('10m').end();
    const score = ended.score(PAR);
    expect(score).toMatchObject({ outcome: 'ended', grade: 'F', timeToResolve: null, vsPar: null });
    expect(score.redHerringMs).toBe(ms('10m'));
    const running = tiny().score(PAR);
    expect(running).toMatchObject({ outcome: 'in-progress', grade: 'F', timeToAcknowledge: null });
  });

  it('grades without a par as C, and the grade ladder by ratio to par', () => {
    const drill = parRun();
    expect(drill.score(null).grade).toBe('C');
    expect(drill.score(ms('55m') / 1.25).grade).toBe('A');
    expect(drill.score(ms('55m') / 2).grade).toBe('B');
    expect(drill.score(ms('55m') / 3).grade).toBe('C');
    expect(drill.score(ms('55m') / 5).grade).toBe('D');
    expect(drill.score(ms('55m') / 5.01).grade).toBe('F');
  });
});
