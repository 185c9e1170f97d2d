/**
 * The named context updates of the drill vocabulary, as pure reducers
 * `(context, event, params) => partial context`. `machine.ts` wraps each in `assign`.
 */
import { append } from './chain.ts';
import type { DrillContext, DrillEvent } from './context.ts';
import { applyEffects, enterPhase, log } from './effects.ts';
import { nextHint } from './machineGuards.ts';
import type { ScenarioModel } from './model.ts';
import { withEntry } from './persistentRecord.ts';
import { parseDuration } from './schema.ts';

type Ctx = DrillContext & { model: ScenarioModel };
type Reducer<P = undefined> = (ctx: Ctx, event: DrillEvent, params: P) => Partial<Ctx>;

/** Game time of an event: journal events are stamped, engine events carry their due time. */
const timeOf = (ctx: Ctx, event: DrillEvent): number =>
  't' in event ? Math.max(ctx.now, event.t) : ctx.now;

const detect: Reducer = (ctx) => {
  const t = ctx.model.detectionAt;
  const d = ctx.model.file.incident.detection;
  return {
    now: t,
    detectedAt: t,
    ...log(ctx, {
      t,
      kind: 'alert',
      text: `ALERT (${d.severity}): ${d.title}`,
      detail: d.text,
      ref: 'detection',
    }),
  };
};

const acknowledge: Reducer = (ctx, event) => {
  const t = timeOf(ctx, event);
  const participant = event.type === 'player.acknowledge' ? event.participant : undefined;
  return {
    now: t,
    acknowledgedAt: t,
    ...log(ctx, { t, kind: 'acknowledged', text: 'Alert acknowledged', participant }),
  };
};

const startWork: Reducer = (ctx, event) => {
  if (event.type !== 'player.start') return {};
  const t = timeOf(ctx, event);
  const action = ctx.model.actions.get(event.action);
  const cost = ctx.model.actionCost.get(event.action) ?? 0;
  return {
    now: t,
    inFlight: {
      ...ctx.inFlight,
      [event.participant]: {
        participant: event.participant,
        action: event.action,
        startedAt: t,
        completesAt: t + cost,
      },
    },
    ...log(ctx, {
      t,
      kind: 'action-started',
      text: `Started: ${action?.label ?? event.action}`,
      participant: event.participant,
      ref: event.action,
    }),
  };
};

const cancelWork: Reducer = (ctx, event) => {
  if (event.type !== 'player.cancel') return {};
  const t = timeOf(ctx, event);
  const { [event.participant]: work, ...rest } = ctx.inFlight;
  const label = work ? (ctx.model.actions.get(work.action)?.label ?? work.action) : '';
  return {
    now: t,
    inFlight: rest,
    ...log(ctx, {
      t,
      kind: 'action-cancelled',
      text: `Stopped: ${label}`,
      participant: event.participant,
      ref: work?.action,
    }),
  };
};

const completeWork: Reducer = (ctx, event) => {
  if (event.type !== 'engine.complete') return {};
  const t = event.t;
  const work = ctx.inFlight[event.participant];
  const action = ctx.model.actions.get(event.action);
  if (!work || !action) return {};
  const { [event.participant]: _done, ...inFlight } = ctx.inFlight;
  let next: Ctx = {
    ...ctx,
    now: t,
    inFlight,
    completed: withEntry(ctx.completed, action.id, (ctx.completed[action.id] ?? 0) + 1),
    work: append(ctx.work, { ...work, completedAt: t }),
    timeline: append(ctx.timeline, {
      t,
      kind: 'action-completed',
      text: `Done: ${action.label}`,
      detail: action.outcome,
      participant: event.participant,
      ref: action.id,
    }),
  };
  if (action.harmful !== undefined) {
    next = {
      ...next,
      harmful: append(next.harmful, { t, participant: event.participant, action: action.id }),
      timeline: append(next.timeline, {
        t,
        kind: 'harmful',
        text: `That made things worse: ${action.label}`,
        participant: event.participant,
        ref: action.id,
      }),
    };
  }
  next = applyEffects(next, ctx.model, action.effects, t, event.participant);
  if (action.resolves) next = enterPhase(next, ctx.model, ctx.model.resolvedPhase, t);
  return next;
};

const declare: Reducer = (ctx, event) => {
  if (event.type !== 'player.declare') return {};
  const t = timeOf(ctx, event);
  const label = ctx.model.hypotheses.get(event.hypothesis)?.label ?? event.hypothesis;
  return {
    now: t,
    hypothesis: event.hypothesis,
    hypothesisHistory: append(ctx.hypothesisHistory, {
      t,
      participant: event.participant,
      hypothesis: event.hypothesis,
    }),
    ...log(ctx, {
      t,
      kind: 'hypothesis',
      text: `Working hypothesis: ${label}`,
      participant: event.participant,
      ref: event.hypothesis,
    }),
  };
};

const page: Reducer = (ctx, event) => {
  if (event.type !== 'player.page') return {};
  const t = timeOf(ctx, event);
  const level = ctx.model.escalation.get(event.level);
  return {
    now: t,
    escalations: {
      ...ctx.escalations,
      [event.level]: { pagedAt: t, pagedBy: event.participant, joinedAt: null },
    },
    ...log(ctx, {
      t,
      kind: 'page',
      text: `Paged: ${level?.name ?? event.level}`,
      participant: event.participant,
      ref: event.level,
    }),
  };
};

const join: Reducer = (ctx, event) => {
  if (event.type !== 'engine.joined') return {};
  const level = ctx.model.escalation.get(event.level);
  const escalation = ctx.escalations[event.level];
  if (!level || !escalation) return {};
  const t = event.t;
  const next: Ctx = {
    ...ctx,
    now: t,
    escalations: { ...ctx.escalations, [event.level]: { ...escalation, joinedAt: t } },
    timeline: append(ctx.timeline, {
      t,
      kind: 'joined',
      text: `${level.name} joined`,
      detail: level.onJoin,
      ref: level.id,
    }),
  };
  return applyEffects(next, ctx.model, level.effects, t);
};

const postStatus: Reducer = (ctx, event) => {
  if (event.type !== 'player.status') return {};
  const t = timeOf(ctx, event);
  return {
    now: t,
    statusUpdates: append(ctx.statusUpdates, {
      t,
      participant: event.participant,
      text: event.text,
    }),
    ...log(ctx, {
      t,
      kind: 'status',
      text: 'Status update posted',
      detail: event.text,
      participant: event.participant,
    }),
  };
};

const addNote: Reducer = (ctx, event) => {
  if (event.type !== 'player.note') return {};
  const t = timeOf(ctx, event);
  return {
    now: t,
    ...log(ctx, { t, kind: 'note', text: event.text, participant: event.participant }),
  };
};

const showHint: Reducer = (ctx, event) => {
  const t = timeOf(ctx, event);
  const hint = nextHint(ctx, t);
  if (!hint) return {};
  const participant = event.type === 'player.hint' ? event.participant : 'facilitator';
  return {
    now: t,
    hintsShown: [...ctx.hintsShown, hint.id],
    ...log(ctx, { t, kind: 'hint', text: `Hint: ${hint.text}`, participant, ref: hint.id }),
  };
};

const markFacilitator: Reducer = (ctx, event) => {
  const t = timeOf(ctx, event);
  const text =
    event.type === 'facilitator.pause'
      ? 'Facilitator paused the clock'
      : event.type === 'facilitator.resume'
        ? 'Facilitator resumed the clock'
        : event.type === 'facilitator.skip'
          ? `Facilitator skipped ${Math.round(event.ms / 60000)} min`
          : 'Facilitator';
  return { now: t, ...log(ctx, { t, kind: 'facilitator', text, participant: 'facilitator' }) };
};

const endDrill: Reducer = (ctx, event) => {
  const t = timeOf(ctx, event);
  const reason = event.type === 'facilitator.end' && event.reason ? `: ${event.reason}` : '';
  return {
    now: t,
    endedAt: t,
    ...log(ctx, {
      t,
      kind: 'ended',
      text: `Facilitator ended the drill${reason}`,
      participant: 'facilitator',
    }),
  };
};

/** Arm conditional injects whose condition now holds: each fires `delay` after now. */
const armInjects: Reducer<{ injects: readonly string[] }> = (ctx, _event, params) => {
  const injectsArmed = { ...ctx.injectsArmed };
  for (const id of params.injects) injectsArmed[id] = ctx.now;
  return { injectsArmed };
};

/** A conditional inject's `when.after` time has come: game time reaches it and its condition is watched. */
const openInject: Reducer<{ inject: string }> = (ctx, _event, params) => {
  const after = ctx.model.injects.get(params.inject)?.when?.after;
  const t = after === undefined ? ctx.now : parseDuration(after);
  return {
    now: Math.max(ctx.now, t),
    injectsOpen: { ...ctx.injectsOpen, [params.inject]: t },
  };
};

const fireInject: Reducer<{ inject: string }> = (ctx, event, params) => {
  const inject = ctx.model.injects.get(params.inject);
  if (!inject || params.inject in ctx.injectsFired) return {};
  let t: number;
  if (event.type === 'facilitator.inject') t = timeOf(ctx, event);
  else if (inject.at !== undefined) t = parseDuration(inject.at);
  else
    t = (ctx.injectsArmed[inject.id] ?? ctx.now) + (inject.delay ? parseDuration(inject.delay) : 0);
  t = Math.max(ctx.now, t);
  const from = inject.from ? ` (${inject.from})` : '';
  const next: Ctx = {
    ...ctx,
    now: t,
    injectsFired: { ...ctx.injectsFired, [inject.id]: t },
    timeline: append(ctx.timeline, {
      t,
      kind: inject.kind === 'alert' ? 'alert' : 'inject',
      text: `${inject.title}${from}`,
      detail: inject.text,
      ref: inject.id,
    }),
  };
  return applyEffects(next, ctx.model, inject.effects, t);
};

/** Reducers without params, by action name. */
export const drillReducers = {
  detect,
  acknowledge,
  startWork,
  cancelWork,
  completeWork,
  declare,
  page,
  join,
  postStatus,
  addNote,
  showHint,
  markFacilitator,
  endDrill,
};

/** Reducers of injects. */
export const injectReducers = { armInjects, openInject, fireInject };
