import {
  impactAt,
  metricSeries,
  metricValue,
  phaseAt,
  visibleLogs,
} from '../../src/engine/index.ts';
import { TestDrill, ms } from '../helpers/testDrill.ts';

const tiny = (seed = 5) => TestDrill.load('test/fixtures/tiny.yaml', { seed });
const near = (value: number, target: number, noise = 0.03) =>
  expect(Math.abs(value - target)).toBeLessThanOrEqual(target * noise + 1e-9);

describe('telemetry', () => {
  it('follows the phase and returns to baseline after resolution', () => {
    const drill = tiny()
      .as('ana')
      .ack()
      .do('check-db')
      .finish()
      .do('restart-db')
      .finish()
      .do('recover-db')
      .finish()
      .do('check-changes')
      .page('infra')
      .finish()
      .do('fix-firewall')
      .finish()
      .expectResolved();
    const value = (t: string) => metricValue(drill.model, drill.ctx, 'response-time', ms(t));
    near(value('10m'), 4000); // outage from T+0, before detection too
    near(value('2h40m'), 4000); // the restart is still running
    near(value('2h55m'), 6000); // worse once the restart completes (2h50m) until recovery (3h)
    near(value('3h'), 4000); // recovered to outage at 3h
    const resolvedAt = drill.ctx.resolvedAt!;
    near(metricValue(drill.model, drill.ctx, 'response-time', resolvedAt + ms('5m')), 200);
    expect(phaseAt(drill.ctx, ms('2h55m'))).toEqual({ phase: 'worse', since: ms('2h50m') });
    expect(metricValue(drill.model, drill.ctx, 'no-such-metric', 0)).toBeNaN();
  });

  it('is a pure function of the seed: same seed, same series; another seed, other jitter', () => {
    const a = tiny(1).advance('1h');
    const b = tiny(1).advance('2h');
    const c = tiny(2).advance('1h');
    const series = (d: TestDrill) => metricSeries(d.model, d.ctx, 'response-time', 0, ms('1h'), 30);
    expect(series(a)).toEqual(series(b));
    expect(series(a)).not.toEqual(series(c));
    expect(series(a)).toHaveLength(30);
  });

  it('repeats `every` logs within their phase only', () => {
    const drill = tiny()
      .as('ana')
      .ack()
      .do('check-changes')
      .page('infra')
      .finish()
      .do('fix-firewall')
      .finish()
      .advance('1h');
    const logs = visibleLogs(drill.model, drill.ctx, drill.now);
    // every 5m from T+0 while in `outage` (until T+55m), each with up to 30 s of jitter
    expect(logs.length).toBeGreaterThanOrEqual(10);
    expect(logs.length).toBeLessThanOrEqual(12);
    expect(logs.every((l) => l.t < ms('55m'))).toBe(true);
    expect(logs.every((l) => l.text === 'upstream timed out' && l.level === 'error')).toBe(true);
    logs.forEach((l, i) => {
      expect(l.t).toBeGreaterThanOrEqual(i * ms('5m'));
      expect(l.t).toBeLessThan(i * ms('5m') + ms('30s') + 1);
    });
    expect(visibleLogs(drill.model, drill.ctx, drill.now, { level: 'info' })).toEqual([]);
    expect(
      visibleLogs(drill.model, drill.ctx, drill.now, { query: 'TIMED', limit: 3 }),
    ).toHaveLength(3);
  });

  it('grows the impact cost while users are affected, and stops after resolution', () => {
    const drill = tiny()
      .as('ana')
      .ack()
      .do('check-changes')
      .page('infra')
      .finish()
      .do('fix-firewall')
      .finish();
    const cost = (t: string) => impactAt(drill.model, drill.ctx, ms(t));
    expect(cost('0m').cost).toBe(0);
    expect(cost('10m')).toEqual({ usersAffected: 0.75, cost: 750 });
    expect(cost('40m').cost).toBeGreaterThan(cost('10m').cost);
    expect(cost('55m').cost).toBe(Math.round(0.75 * 100 * 55));
    expect(cost('3h')).toEqual({ usersAffected: 0, cost: cost('55m').cost });
  });
});
