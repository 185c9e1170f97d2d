/**
 * When the next hint can be asked for, so a player training alone knows whether waiting helps.
 * Derived from the scenario's hint conditions and the drill context alone: no clock, no timers.
 */
import { unmetParts } from './conditions.ts';
import type { DrillContext } from './context.ts';
import type { ScenarioModel } from './model.ts';
import { parseDuration } from './schema.ts';

/**
 * Where the next hint stands:
 * - `now`: a hint can be requested at the context's time;
 * - `at`: none now, but one opens by waiting alone, at game time `at` (ms since T+0);
 * - `progress`: hints remain, but each needs more than time (evidence, actions, a page...);
 * - `exhausted`: every hint has been shown.
 */
export type HintSchedule =
  { kind: 'now' } | { kind: 'at'; at: number } | { kind: 'progress' } | { kind: 'exhausted' };

/**
 * When the next hint becomes available, judged at the context's game time (`ctx.now`, the
 * last engine event). A hint that waits only for its `when.after` (and for the alert, since
 * hints are offered from detection on) gives a time; the earliest such hint wins. Anything
 * else a condition asks for changes only with events, so it cannot be promised a time.
 *
 * Between events the caller compares the clock with `at`: once game time reaches it the hint
 * can be requested (the engine judges hint conditions at the request's own time).
 *
 * @param model - the scenario being played
 * @param ctx - the drill context (its `hintsShown`, clues, flags, phase, `now`...)
 * @example
 * const next = selectHintSchedule(model, ctx);
 * if (next.kind === 'at') show(`Next hint at ${formatGameTime(next.at)}`);
 */
export function selectHintSchedule(model: ScenarioModel, ctx: DrillContext): HintSchedule {
  const detected = ctx.detectedAt !== null;
  let earliest = Number.POSITIVE_INFINITY;
  let remaining = false;
  for (const hint of model.file.hints) {
    if (ctx.hintsShown.includes(hint.id)) continue;
    remaining = true;
    const unmet = hint.when ? unmetParts(hint.when, ctx) : [];
    if (unmet.length === 0 && detected) return { kind: 'now' };
    const waitsOnlyForTime = unmet.length === 0 || (unmet.length === 1 && unmet[0] === 'after');
    if (!waitsOnlyForTime) continue;
    const after = hint.when?.after === undefined ? 0 : parseDuration(hint.when.after);
    earliest = Math.min(earliest, Math.max(model.detectionAt, after));
  }
  if (earliest !== Number.POSITIVE_INFINITY) return { kind: 'at', at: earliest };
  return remaining ? { kind: 'progress' } : { kind: 'exhausted' };
}
