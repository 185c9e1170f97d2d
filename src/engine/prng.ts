/**
 * Counter-based pseudo-random numbers keyed by the drill's seed.
 *
 * A counter-based generator (hash of seed + stream + index) needs no mutable state, so the
 * same seed gives the same telemetry jitter however the UI samples it, and replays agree.
 */

/** A 32-bit integer mix (from the "lowbias32" family of hash finalisers). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hash a string to 32 bits (FNV-1a). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A uniform number in [0, 1) for (seed, stream, index). Pure. */
export function uniform(seed: number, stream: number, index: number): number {
  return mix(mix(mix(seed >>> 0) ^ stream) ^ index) / 4294967296;
}

/** A 32-bit seed from any integer or string, for seeds typed by users. */
export function normaliseSeed(seed: number | string): number {
  return typeof seed === 'number' ? mix(Math.trunc(seed) >>> 0) : hashString(seed);
}
