/**
 * View models for the console: what a participant can see and do now. The UI renders
 * these and never reads scenario internals (such as which clue is a red herring) itself.
 */
import { toArray } from './chain.ts';
import { explainUnmet } from './conditions.ts';
import type { DrillContext, TimelineEntry } from './context.ts';
import { canPageLevel, canStartAction, nextHint } from './machineGuards.ts';
import type { ScenarioModel } from './model.ts';
import { parseDuration } from './schema.ts';

export type ActionStatus = 'available' | 'locked' | 'done' | 'in-progress' | 'busy';

export interface ActionView {
  id: string;
  label: string;
  kind: string;
  service: string | null;
  serviceName: string;
  cost: number;
  description: string | null;
  status: ActionStatus;
  /** Why a locked action is locked, in player words. */
  lockedReasons: string[];
  /** Who is doing it, while in progress. */
  doneBy: string | null;
  completesAt: number | null;
}

const withModel = (model: ScenarioModel, ctx: DrillContext) => ({ ...ctx, model });

/** Every action, with its status for `participant`. */
export function selectActions(
  model: ScenarioModel,
  ctx: DrillContext,
  participant: string,
): ActionView[] {
  const full = withModel(model, ctx);
  const serviceNames = new Map(model.file.world.services.map((s) => [s.id, s.name]));
  const ownWork = ctx.inFlight[participant];
  return model.file.actions.map((action) => {
    const running = Object.values(ctx.inFlight).find((w) => w.action === action.id);
    let status: ActionStatus;
    let lockedReasons: string[] = [];
    if (running) status = 'in-progress';
    else if (!action.repeatable && (ctx.completed[action.id] ?? 0) > 0) status = 'done';
    else if (canStartAction(full, participant, action.id)) status = 'available';
    else if (
      ownWork &&
      canStartAction(withModel(model, { ...ctx, inFlight: {} }), participant, action.id)
    )
      status = 'busy';
    else {
      status = 'locked';
      lockedReasons = action.lockedHint
        ? [action.lockedHint]
        : action.requires
          ? explainUnmet(action.requires, ctx, model)
          : [];
      if (ctx.detectedAt === null) lockedReasons = ['the incident has not been detected yet'];
    }
    return {
      id: action.id,
      label: action.label,
      kind: action.kind,
      service: action.service ?? null,
      serviceName: action.service
        ? (serviceNames.get(action.service) ?? action.service)
        : 'General',
      cost: model.actionCost.get(action.id) ?? 0,
      description: action.description ?? null,
      status,
      lockedReasons,
      doneBy: running?.participant ?? null,
      completesAt: running?.completesAt ?? null,
    };
  });
}

export interface EscalationView {
  id: string;
  name: string;
  description: string | null;
  joinAfter: number;
  status: 'available' | 'locked' | 'paged' | 'joined';
  pagedAt: number | null;
  joinedAt: number | null;
  lockedReasons: string[];
}

export function selectEscalation(model: ScenarioModel, ctx: DrillContext): EscalationView[] {
  const full = withModel(model, ctx);
  return model.file.escalation.map((level) => {
    const e = ctx.escalations[level.id];
    const status = e
      ? e.joinedAt === null
        ? 'paged'
        : 'joined'
      : canPageLevel(full, level.id)
        ? 'available'
        : 'locked';
    return {
      id: level.id,
      name: level.name,
      description: level.description ?? null,
      joinAfter: parseDuration(level.joinAfter),
      status,
      pagedAt: e?.pagedAt ?? null,
      joinedAt: e?.joinedAt ?? null,
      lockedReasons:
        status === 'locked' && level.requires ? explainUnmet(level.requires, ctx, model) : [],
    };
  });
}

export interface ClueView {
  id: string;
  title: string;
  text: string;
  service: string | null;
  foundAt: number;
}

/** Evidence found so far, newest first. Red-herring status stays hidden until the debrief. */
export function selectClues(model: ScenarioModel, ctx: DrillContext): ClueView[] {
  return Object.entries(ctx.clues)
    .map(([id, foundAt]) => {
      const clue = model.clues.get(id);
      return {
        id,
        title: clue?.title ?? id,
        text: clue?.text ?? '',
        service: clue?.service ?? null,
        foundAt,
      };
    })
    .sort((a, b) => b.foundAt - a.foundAt);
}

/** The timeline, oldest first. */
export function selectTimeline(ctx: DrillContext): readonly TimelineEntry[] {
  return toArray(ctx.timeline);
}

/** Alerts and injects as they arrived (the feed), newest first. */
export function selectFeed(ctx: DrillContext): TimelineEntry[] {
  return toArray(ctx.timeline)
    .filter((e) => e.kind === 'alert' || e.kind === 'inject' || e.kind === 'joined')
    .reverse();
}

export function selectHypotheses(model: ScenarioModel, ctx: DrillContext) {
  return {
    current: ctx.hypothesis,
    options: model.file.hypotheses.map((h) => ({
      id: h.id,
      label: h.label,
      description: h.description ?? null,
    })),
    history: toArray(ctx.hypothesisHistory).map((h) => ({
      ...h,
      label: model.hypotheses.get(h.hypothesis)?.label ?? h.hypothesis,
    })),
  };
}

/** Whether a hint can be requested now. */
export function hintAvailable(model: ScenarioModel, ctx: DrillContext): boolean {
  return ctx.detectedAt !== null && nextHint(withModel(model, ctx)) !== undefined;
}

/** Injects that have not fired yet (for the facilitator panel). */
export function pendingInjects(model: ScenarioModel, ctx: DrillContext) {
  return model.file.injects
    .filter((i) => !(i.id in ctx.injectsFired))
    .map((i) => ({
      id: i.id,
      title: i.title,
      kind: i.kind,
      at: i.at ? parseDuration(i.at) : null,
    }));
}
