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

/** The next hint a player may see now, if any. */
export function nextHint(ctx: Ctx) {
  return ctx.model.file.hints.find(
    (h) => !ctx.hintsShown.includes(h.id) && conditionHolds(h.when, ctx),
  );
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
  hasHint: ({ context }: GuardArgs) => detected(context) && nextHint(context) !== undefined,
  isInjectEvent: ({ event }: GuardArgs, params: { inject: string }) =>
    event.type === 'facilitator.inject' && event.inject === params.inject,
  injectConditionHolds: ({ context }: GuardArgs, params: { inject: string }) =>
    conditionHolds(context.model.injects.get(params.inject)?.when, context),
};
