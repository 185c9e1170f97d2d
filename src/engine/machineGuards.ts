/**
 * The named guards of the drill vocabulary. Each reads the context (which carries the
 * scenario model) and the event; none has side effects.
 */
import type { DrillContext, DrillEvent } from './context.ts';
import { conditionHolds } from './conditions.ts';
import type { ScenarioModel } from './model.ts';

type Ctx = DrillContext & { model: ScenarioModel };
interface GuardArgs {
  context: Ctx;
  event: DrillEvent;
}

const detected = (ctx: Ctx) => ctx.detectedAt !== null;

/** Can this action be started by this participant now? */
export function canStartAction(ctx: Ctx, participant: string, actionId: string): boolean {
  const action = ctx.model.actions.get(actionId);
  if (!action || !detected(ctx) || ctx.inFlight[participant]) return false;
  if (!action.repeatable) {
    if ((ctx.completed[actionId] ?? 0) > 0) return false;
    if (Object.values(ctx.inFlight).some((w) => w.action === actionId)) return false;
  }
  return conditionHolds(action.requires, ctx);
}

/** Can this escalation level be paged now? */
export function canPageLevel(ctx: Ctx, levelId: string): boolean {
  const level = ctx.model.escalation.get(levelId);
  return (
    !!level && detected(ctx) && !ctx.escalations[levelId] && conditionHolds(level.requires, ctx)
  );
}

/**
 * The next hint a player may see at game time `at`, if any. `at` is the request's own time:
 * `ctx.now` is the last event's, so a hint's `when.after` would otherwise wait for an event.
 */
export function nextHint(ctx: Ctx, at: number = ctx.now) {
  const judged = at > ctx.now ? { ...ctx, now: at } : ctx;
  return ctx.model.file.hints.find(
    (h) => !ctx.hintsShown.includes(h.id) && conditionHolds(h.when, judged),
  );
}

/** Game time of a stamped event (journal events carry `t`), never before the context's. */
const eventTime = (ctx: Ctx, event: DrillEvent) =>
  't' in event ? Math.max(ctx.now, event.t) : ctx.now;

/** A conditional inject as the compiler plans it: its id and whether it waits for `when.after` on the clock. */
export interface WatchedInject {
  inject: string;
  /** True when the condition is only watched once `engine.injectOpen` has come (`when.after` > 0). */
  gated: boolean;
}

/** Is this conditional inject waiting for its condition (open, neither armed nor fired)? */
function isWatching(ctx: Ctx, { inject, gated }: WatchedInject): boolean {
  return (
    !(inject in ctx.injectsArmed) &&
    !(inject in ctx.injectsFired) &&
    (!gated || inject in ctx.injectsOpen)
  );
}

/** The watched conditional injects whose condition holds now, in file order. */
export function readyInjects(ctx: Ctx, watched: readonly WatchedInject[]): string[] {
  return watched
    .filter((w) => isWatching(ctx, w) && conditionHolds(ctx.model.injects.get(w.inject)?.when, ctx))
    .map((w) => w.inject);
}

export const drillGuards = {
  isResolved: ({ context }: GuardArgs) => context.resolvedAt !== null,
  phaseIs: ({ context }: GuardArgs, params: { phase: string }) => context.phase === params.phase,
  canAcknowledge: ({ context }: GuardArgs) => detected(context) && context.acknowledgedAt === null,
  canStart: ({ context, event }: GuardArgs) =>
    event.type === 'player.start' && canStartAction(context, event.participant, event.action),
  isBusy: ({ context, event }: GuardArgs) =>
    event.type === 'player.cancel' && !!context.inFlight[event.participant],
  isInFlight: ({ context, event }: GuardArgs) =>
    event.type === 'engine.complete' &&
    context.inFlight[event.participant]?.action === event.action,
  canDeclare: ({ context, event }: GuardArgs) =>
    event.type === 'player.declare' &&
    detected(context) &&
    context.model.hypotheses.has(event.hypothesis) &&
    context.hypothesis !== event.hypothesis,
  canPage: ({ context, event }: GuardArgs) =>
    event.type === 'player.page' && canPageLevel(context, event.level),
  isPaged: ({ context, event }: GuardArgs) =>
    event.type === 'engine.joined' && context.escalations[event.level]?.joinedAt === null,
  canPostStatus: ({ context, event }: GuardArgs) =>
    event.type === 'player.status' && detected(context) && event.text.trim().length > 0,
  hasText: ({ event }: GuardArgs) => event.type === 'player.note' && event.text.trim().length > 0,
  hasHint: ({ context, event }: GuardArgs) =>
    detected(context) && nextHint(context, eventTime(context, event)) !== undefined,
  /** The inject named by the event exists and has not fired (facilitator or clock). */
  injectPending: ({ context, event }: GuardArgs) =>
    (event.type === 'facilitator.inject' || event.type === 'engine.inject') &&
    context.model.injects.has(event.inject) &&
    !(event.inject in context.injectsFired),
  /** A conditional inject's `when.after` time has come and it is still to be watched. */
  injectOpens: ({ context, event }: GuardArgs) =>
    event.type === 'engine.injectOpen' &&
    !(event.inject in context.injectsOpen) &&
    !(event.inject in context.injectsFired),
  /** Some watched conditional inject's condition holds (checked after every step, like `always`). */
  injectsReady: ({ context }: GuardArgs, params: { watched: readonly WatchedInject[] }) => {
    for (const w of params.watched)
      if (
        isWatching(context, w) &&
        conditionHolds(context.model.injects.get(w.inject)?.when, context)
      )
        return true;
    return false;
  },
};
