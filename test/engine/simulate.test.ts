import {
  PLAYER_MODELS,
  analyzeScenario,
  parseDuration,
  simulateDifficulty,
} from '../../src/engine/index.ts';
import { countInBins, percentile, shareBins } from '../../src/engine/simulateStats.ts';
import { loadModel } from '../helpers/testDrill.ts';

const TINY = 'test/fixtures/tiny.yaml';
const SHIPPED = [
  'scenarios/web-stack-outage-2023-10.yaml',
  'scenarios/shopall-outage-2023-06.yaml',
];

// Loading and analysing a shipped scenario takes a second or two on a busy 2-core machine.
describe('simulateDifficulty', { timeout: 30_000 }, () => {
  it('same seed, same result; another seed, another result', () => {
    const { model } = loadModel(SHIPPED[0]!);
    const a = simulateDifficulty(model, { runs: 20, seed: 7 });
    expect(simulateDifficulty(model, { runs: 20, seed: 7 })).toEqual(a);
    expect(simulateDifficulty(model, { runs: 20, seed: 8 }).models[0]!.times).not.toEqual(
      a.models[0]!.times,
    );
  });

  it('reports every model with sorted times, counts that add up, and shared bins', () => {
    const { model } = loadModel(TINY);
    const result = simulateDifficulty(model, { runs: 50, seed: 3 });
    expect(result.models.map((m) => m.model)).toEqual(PLAYER_MODELS.map((m) => m.id));
    expect(result.parMs).toBe(parseDuration('55m'));
    expect(result.historyMs).toBe(parseDuration('4h'));
    expect(result.horizonMs).toBe(3 * parseDuration('4h'));
    const width = result.bins[0]!.end - result.bins[0]!.start;
    result.bins.forEach((b, i) => {
      expect(b.end - b.start).toBe(width);
      if (i) expect(b.start).toBe(result.bins[i - 1]!.end);
    });
    for (const m of result.models) {
      expect(m.times).toEqual([...m.times].sort((x, y) => x - y));
      expect(m.times.length + m.unresolved).toBe(50);
      expect(m.histogram.reduce((s, c) => s + c, 0)).toBe(m.times.length);
      expect(m.histogram).toEqual(countInBins(m.times, result.bins));
    }
    const covered = (t: number) => result.bins.some((b) => t >= b.start && t < b.end);
    expect(covered(result.parMs!) && covered(result.historyMs!)).toBe(true);
  });

  it.each(SHIPPED)('%s: no simulated team beats par, and the models differ', (file) => {
    const { model } = loadModel(file);
    const par = analyzeScenario(model).par!.time;
    const result = simulateDifficulty(model, { runs: 30, seed: 1 });
    for (const m of result.models) {
      expect(m.times.length, m.model).toBeGreaterThan(0);
      expect(m.times[0]!, m.model).toBeGreaterThanOrEqual(par);
    }
    const medians = new Set(result.models.map((m) => m.percentiles.p50));
    expect(medians.size).toBeGreaterThan(1);
  });

  it('runs past the horizon count as unresolved, and their percentiles are null', () => {
    const { model } = loadModel(TINY);
    const result = simulateDifficulty(model, { runs: 10, horizonMs: parseDuration('50m') });
    for (const m of result.models) {
      expect(m.unresolved).toBe(10);
      expect(m.times).toEqual([]);
      expect(m.percentiles).toEqual({ p10: null, p50: null, p90: null });
    }
  });

  it('simulates only the models asked for, and takes a known par', () => {
    const { model } = loadModel(TINY);
    const result = simulateDifficulty(model, { runs: 5, models: ['cautious'], par: null });
    expect(result.models.map((m) => m.model)).toEqual(['cautious']);
    expect(result.parMs).toBeNull();
  });

  it('3 models × 100 runs on a shipped scenario take well under a few seconds', () => {
    const { model } = loadModel(SHIPPED[0]!);
    analyzeScenario(model);
    const started = performance.now();
    simulateDifficulty(model, { runs: 100, seed: 1 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('simulation statistics', () => {
  it('nearest-rank percentiles rank unresolved runs last', () => {
    expect(percentile([10, 20, 30, 40], 4, 0.5)).toBe(20);
    expect(percentile([10, 20, 30, 40], 4, 0.9)).toBe(40);
    expect(percentile([10, 20, 30, 40], 4, 0.1)).toBe(10);
    // 4 of 10 runs resolved: the median run did not.
    expect(percentile([10, 20, 30, 40], 10, 0.5)).toBeNull();
    expect(percentile([10, 20, 30, 40], 10, 0.4)).toBe(40);
    expect(percentile([], 0, 0.5)).toBeNull();
  });

  it('bins have a round width, cover every value, and number at most 20', () => {
    const min = 60_000;
    const bins = shareBins([7 * min, 95 * min, 55 * min]);
    expect(bins[0]!.end - bins[0]!.start).toBe(5 * min);
    expect(bins[0]!.start).toBe(5 * min);
    expect(bins[bins.length - 1]!.end).toBeGreaterThan(95 * min);
    expect(bins.length).toBeLessThanOrEqual(20);
    expect(countInBins([7 * min, 95 * min, 55 * min, 9 * min], bins).reduce((a, b) => a + b)).toBe(
      4,
    );
    expect(shareBins([])).toEqual([]);
    expect(shareBins([30 * min])).toEqual([{ start: 30 * min, end: 31 * min }]);
  });
});
