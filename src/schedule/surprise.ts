/**
 * The "surprise" scenario of a scheduled drill: picked at start time among the scenarios the
 * team has not played recently. Deterministic: the same schedule seed and occurrence give the
 * same pick, so everyone who opens the app for that drill gets the same scenario.
 */
const DAY_MS = 86_400_000;

/**
 * A uniform number in [0, 1) from two integers (the "lowbias32" finaliser, as the engine's
 * PRNG). Kept local so the lobby's schedule card does not pull the engine into its bundle.
 */
function uniform(seed: number, index: number): number {
  const mix = (x: number) => {
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    return (x ^ (x >>> 16)) >>> 0;
  };
  return mix(mix(seed >>> 0) ^ index) / 4294967296;
}

export interface PlayedDrill {
  scenarioId: string;
  team: string;
  /** When the drill was played (ms since epoch). */
  at: number;
}

export interface SurpriseInput<T extends { id: string }> {
  candidates: readonly T[];
  played: readonly PlayedDrill[];
  team: string;
  /** The occurrence being started (ms since epoch): "recent" is measured back from it. */
  occurrence: number;
  recentDays: number;
  seed: number;
}

/**
 * Pick a scenario. Candidates the team played within `recentDays` before the occurrence are
 * left out; when that leaves none, the ones the team played longest ago are used instead.
 * Returns null only when there are no candidates at all.
 */
export function pickSurprise<T extends { id: string }>(input: SurpriseInput<T>): T | null {
  const { team, occurrence } = input;
  const sorted = [...input.candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) return null;
  const lastPlayed = new Map<string, number>();
  for (const drill of input.played)
    if (drill.team === team && drill.at <= occurrence)
      lastPlayed.set(drill.scenarioId, Math.max(lastPlayed.get(drill.scenarioId) ?? 0, drill.at));
  const cutoff = occurrence - input.recentDays * DAY_MS;
  let pool = sorted.filter((c) => (lastPlayed.get(c.id) ?? -Infinity) < cutoff);
  if (pool.length === 0) {
    const oldest = Math.min(...sorted.map((c) => lastPlayed.get(c.id)!));
    pool = sorted.filter((c) => lastPlayed.get(c.id) === oldest);
  }
  // Keyed by the occurrence minute, so each occurrence draws afresh but reproducibly.
  const index = Math.floor(uniform(input.seed, Math.floor(occurrence / 60_000)) * pool.length);
  return pool[index] ?? pool[0]!;
}
