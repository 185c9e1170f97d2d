import type { SimulationResult } from '../../src/engine/index.ts';
import { cli, TINY } from './runCliInProcess.ts';

describe('scenario CLI: simulate', () => {
  it('prints per model the percentiles, unresolved count and a histogram with par and the real duration marked', () => {
    const run = cli('simulate', TINY, '--runs', '30', '--seed', '5');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const lines = run.out.split('\n');
    expect(lines[0]).toBe(
      'Tiny firewall drill (tiny-firewall@1.0.0) — 30 run(s) per player model, seed 5',
    );
    expect(lines[1]).toBe('Par: 55m | real incident: 4h00m | unresolved after 12h00m');
    for (const label of ['Random', 'Cautious', 'Obvious signal'])
      expect(lines.some((l) => l.startsWith(`${label} — `))).toBe(true);
    const stats = lines.filter((l) =>
      /^ {2}resolved \d+\/30 \| unresolved \d+ \| p10 \S+ \| p50 \S+ \| p90 \S+$/.test(l),
    );
    expect(stats).toHaveLength(3);
    // Each model's histogram marks par and the real incident once.
    expect(lines.filter((l) => l.includes('◀ par 55m'))).toHaveLength(3);
    expect(lines.filter((l) => l.includes('◀ real incident 4h00m'))).toHaveLength(3);
    // Histogram rows are "start–end │bar count"; the counts of a model add up with its unresolved runs.
    const firstModel = lines.slice(
      lines.indexOf(lines.find((l) => l.startsWith('Random — '))!) + 2,
    );
    const rows = firstModel.slice(0, firstModel.indexOf(''));
    const total = rows.reduce(
      (sum, row) => sum + Number(/│.*?(\d+)(?: {2}◀.*)?$/.exec(row)![1]),
      0,
    );
    expect(total).toBe(30);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const a = cli('simulate', TINY, '--runs', '20', '--seed', '9');
    expect(cli('simulate', TINY, '--runs', '20', '--seed', '9')).toEqual(a);
    expect(cli('simulate', TINY, '--runs', '20', '--seed', '10').out).not.toBe(a.out);
  });

  it('--json: the simulation result with the file name', () => {
    const run = cli('simulate', TINY, '--runs', '12', '--seed', '2', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as SimulationResult & { file: string };
    expect(json).toMatchObject({
      file: TINY,
      scenario: { id: 'tiny-firewall', version: '1.0.0' },
      runs: 12,
      seed: 2,
      parMs: 55 * 60_000,
      historyMs: 4 * 3_600_000,
      horizonMs: 12 * 3_600_000,
    });
    expect(json.models.map((m) => m.model)).toEqual(['random', 'cautious', 'obvious-signal']);
    for (const m of json.models) {
      expect(Object.keys(m).sort()).toEqual(
        ['description', 'histogram', 'label', 'model', 'percentiles', 'times', 'unresolved'].sort(),
      );
      expect(m.histogram).toHaveLength(json.bins.length);
      expect(m.times.length + m.unresolved).toBe(12);
      expect(Object.keys(m.percentiles)).toEqual(['p10', 'p50', 'p90']);
    }
    expect(json.bins[0]!.end).toBeGreaterThan(json.bins[0]!.start);
  });

  it('rejects bad arguments with exit 2 and a broken file with exit 1', () => {
    expect(cli('simulate').code).toBe(2);
    const zero = cli('simulate', TINY, '--runs', '0');
    expect([zero.code, zero.err]).toEqual([
      2,
      'simulate: --runs must be an integer from 1 to 10000',
    ]);
    expect(cli('simulate', TINY, '--runs', 'many').code).toBe(2);
    const negative = cli('simulate', TINY, '--seed', '-3');
    expect([negative.code, negative.err]).toEqual([
      2,
      'simulate: --seed must be a non-negative 32-bit integer',
    ]);
    const broken = cli('simulate', 'test/fixtures/broken/unknown-clue.yaml');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('unknown clue');
  });
});
