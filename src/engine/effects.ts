/**
 * Pure updates of the drill context. Machine actions in `machine.ts` are thin `assign`s
 * over these functions, so each rule is testable without an actor.
 */
import { append } from './chain.ts';
import type { DrillContext, ParticipantId, TimelineEntry } from './context.ts';
import type { Effects, ScenarioModel } from './model.ts';
import { withEntry } from './persistentRecord.ts';
import { parseDuration } from './schema.ts';

type Update = Partial<DrillContext>;

/** Append a timeline entry. */
export function log(ctx: DrillContext, entry: TimelineEntry): Update {
  return { timeline: append(ctx.timeline, entry) };
}

/** Move the incident to `phase` at time `t`, recording mitigation and resolution times. */
export function enterPhase<C extends DrillContext>(
  ctx: C,
  model: ScenarioModel,
  phase: string,
  t: number,
): C {
  if (ctx.phase === phase) return ctx;
  const kind = model.phases.get(phase)?.kind;
  const reachedMitigation = kind === 'mitigated' || kind === 'resolved';
  return {
    ...ctx,
    phase,
    phaseHistory: append(ctx.phaseHistory, { t, phase }),
    mitigatedAt: ctx.mitigatedAt ?? (reachedMitigation ? t : null),
    resolvedAt: ctx.resolvedAt ?? (kind === 'resolved' ? t : null),
    timeline: append(ctx.timeline, {
      t,
      kind: kind === 'resolved' ? 'resolved' : 'phase',
      text:
        kind === 'resolved'
          ? 'Incident resolved'
          : `Incident is now: ${model.phases.get(phase)?.name ?? phase}`,
      ref: phase,
    }),
  };
}

/** Apply a scenario `effects` block at time `t`. */
export function applyEffects<C extends DrillContext>(
  ctx: C,
  model: ScenarioModel,
  effects: Effects | undefined,
  t: number,
  participant?: ParticipantId,
): C {
  if (!effects) return ctx;
  let next = ctx;
  for (const clueId of effects.reveal ?? []) {
    if (clueId in next.clues) continue;
    const clue = model.clues.get(clueId);
    next = {
      ...next,
      clues: withEntry(next.clues, clueId, t),
      timeline: append(next.timeline, {
        t,
        kind: 'clue',
        text: `Evidence: ${clue?.title ?? clueId}`,
        detail: clue?.text,
        ref: clueId,
        participant,
      }),
    };
  }
  if (effects.setFlags?.length || effects.clearFlags?.length) {
    const flags: Record<string, true> = { ...next.flags };
    for (const flag of effects.setFlags ?? []) flags[flag] = true;
    for (const flag of effects.clearFlags ?? []) delete flags[flag];
    next = { ...next, flags };
  }
  for (const change of effects.metrics ?? []) {
    next = {
      ...next,
      metricOverrides: append(next.metricOverrides, {
        t,
        metric: change.metric,
        value: change.value,
        until: change.for === undefined ? null : t + parseDuration(change.for),
      }),
    };
  }
  if (effects.phase !== undefined) next = enterPhase(next, model, effects.phase, t);
  return next;
}
