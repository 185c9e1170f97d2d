/**
 * Statistics over simulated resolution times: nearest-rank percentiles that count
 * unresolved runs as slower than any resolved one, and histogram bins of a "round" width
 * shared by every player model so their distributions can be compared bin by bin.
 */

/** A histogram bin: game time from incident start, `[start, end)` in ms. */
export interface SimulationBin {
  start: number;
  end: number;
}

/** p10, p50 and p90 of time to resolution (ms since T+0); null when that share of runs did not resolve. */
export interface SimulationPercentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/**
 * Nearest-rank percentile `p` (0 < p ≤ 1) over `runs` runs, of which `sorted` resolved
 * (ascending) and the rest did not: those rank after every resolved run.
 */
export function percentile(sorted: readonly number[], runs: number, p: number): number | null {
  if (runs === 0) return null;
  const rank = Math.max(1, Math.ceil(p * runs));
  return rank <= sorted.length ? sorted[rank - 1]! : null;
}

export function percentiles(sorted: readonly number[], runs: number): SimulationPercentiles {
  return {
    p10: percentile(sorted, runs, 0.1),
    p50: percentile(sorted, runs, 0.5),
    p90: percentile(sorted, runs, 0.9),
  };
}

const MINUTE = 60_000;
/** Bin widths people read easily, smallest first. */
const NICE_WIDTHS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 5760].map(
  (m) => m * MINUTE,
);

/**
 * Bins of one round width covering every value, at most `maxBins` of them (except for
 * spans beyond four days, which get the widest width).
 */
export function shareBins(values: readonly number[], maxBins = 20): SimulationBin[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const width =
    NICE_WIDTHS.find((w) => Math.floor(hi / w) - Math.floor(lo / w) + 1 <= maxBins) ??
    NICE_WIDTHS[NICE_WIDTHS.length - 1]!;
  const first = Math.floor(lo / width);
  const count = Math.floor(hi / width) - first + 1;
  return Array.from({ length: count }, (_, i) => ({
    start: (first + i) * width,
    end: (first + i + 1) * width,
  }));
}

/** How many of `values` fall in each bin. */
export function countInBins(values: readonly number[], bins: readonly SimulationBin[]): number[] {
  const counts = bins.map(() => 0);
  if (bins.length === 0) return counts;
  const width = bins[0]!.end - bins[0]!.start;
  for (const v of values) {
    const i = Math.floor((v - bins[0]!.start) / width);
    if (i >= 0 && i < counts.length) counts[i]!++;
  }
  return counts;
}

/** Index of the bin holding `value`, or -1. */
export function binIndex(value: number, bins: readonly SimulationBin[]): number {
  return bins.findIndex((b) => value >= b.start && value < b.end);
}
