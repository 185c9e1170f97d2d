/**
 * Compiles a scenario into one XState v5 machine.
 *
 * Every scenario shares the vocabulary declared in `drillSetup` (named guards and actions
 * with typed params); the compiler only lays out states and references that vocabulary by
 * name, with the scenario's data (phases, inject timings) as params. Shape of the machine:
 *
 * ```
 * drill
 * ├─ running: one child state per live phase, following context.phase
 * │    entry: schedule the alert, timed injects and `when.after` times on the clock
 * │    always: arm conditional injects whose condition holds; else resolved when resolved
 * ├─ resolved (final)
 * └─ ended (final, the facilitator stopped the drill)
 * ```
 * Everything on the clock (the alert, injects, action completions, responder joins) is a
 * delayed event the machine raises for itself, so several can be pending at once. Injects
 * are bookkept in context (`injectsOpen`, `injectsArmed`, `injectsFired`) rather than as one
 * parallel region each: XState's cost per event grows with the number of active state nodes
 * and eventless transitions, and a 10,000-event replay pays it 10,000 times.
 *
 * Timing is that of the earlier one-region-per-inject layout, step for step: timers are
 * created in the same order (alert, then injects in file order), conditional injects are
 * armed before the drill can resolve in the same step, and zero-delay ones fire at once.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { DrillContext, DrillEvent } from './context.ts';
import { drillReducers, injectReducers } from './machineActions.ts';
import { drillGuards, readyInjects, type WatchedInject } from './machineGuards.ts';
import type { ScenarioModel } from './model.ts';
import { parseDuration } from './schema.ts';

/** One timer the drill sets when it starts. */
type StartTimer =
  | { kind: 'detect'; at: number }
  | { kind: 'inject'; inject: string; at: number }
  | { kind: 'open'; inject: string; at: number };

const injectTimerId = (inject: string) => `inject:${inject}`;
const openTimerId = (inject: string) => `open:${inject}`;

/** Input of the drill machine. */
export interface DrillInput {
  model: ScenarioModel;
  seed: number;
}

/** The typed vocabulary every compiled scenario uses. */
export const drillSetup = setup({
  types: {
    context: {} as DrillContext & { model: ScenarioModel },
    events: {} as DrillEvent,
    input: {} as DrillInput,
  },
  guards: drillGuards,
  actions: {
    detect: assign(({ context, event }) => drillReducers.detect(context, event, undefined)),
    acknowledge: assign(({ context, event }) =>
      drillReducers.acknowledge(context, event, undefined),
    ),
    startWork: assign(({ context, event }) => drillReducers.startWork(context, event, undefined)),
    cancelWork: assign(({ context, event }) => drillReducers.cancelWork(context, event, undefined)),
    completeWork: assign(({ context, event }) =>
      drillReducers.completeWork(context, event, undefined),
    ),
    declare: assign(({ context, event }) => drillReducers.declare(context, event, undefined)),
    page: assign(({ context, event }) => drillReducers.page(context, event, undefined)),
    join: assign(({ context, event }) => drillReducers.join(context, event, undefined)),
    postStatus: assign(({ context, event }) => drillReducers.postStatus(context, event, undefined)),
    addNote: assign(({ context, event }) => drillReducers.addNote(context, event, undefined)),
    showHint: assign(({ context, event }) => drillReducers.showHint(context, event, undefined)),
    markFacilitator: assign(({ context, event }) =>
      drillReducers.markFacilitator(context, event, undefined),
    ),
    endDrill: assign(({ context, event }) => drillReducers.endDrill(context, event, undefined)),
    fireInject: assign(({ context, event }) =>
      event.type === 'facilitator.inject' || event.type === 'engine.inject'
        ? injectReducers.fireInject(context, event, { inject: event.inject })
        : {},
    ),
    openInject: assign(({ context, event }) =>
      event.type === 'engine.injectOpen'
        ? injectReducers.openInject(context, event, { inject: event.inject })
        : {},
    ),
    /** Timers set once at the start, in file order (the alert first). */
    scheduleStart: enqueueActions(({ enqueue }, params: { timers: readonly StartTimer[] }) => {
      for (const timer of params.timers) {
        if (timer.kind === 'detect')
          enqueue.raise({ type: 'engine.detect', t: timer.at }, { delay: timer.at, id: 'detect' });
        else if (timer.kind === 'inject')
          enqueue.raise(
            { type: 'engine.inject', inject: timer.inject, t: timer.at },
            { delay: timer.at, id: injectTimerId(timer.inject) },
          );
        else
          enqueue.raise(
            { type: 'engine.injectOpen', inject: timer.inject, t: timer.at },
            { delay: timer.at, id: openTimerId(timer.inject) },
          );
      }
    }),
    /** A fired inject's own timer (its time, or its `delay` or `when.after` wait) is void. */
    cancelInjectTimers: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'facilitator.inject') return;
      enqueue.cancel(injectTimerId(event.inject));
      enqueue.cancel(openTimerId(event.inject));
    }),
    /**
     * Arm every watched inject whose condition holds (all at now), then, in file order, fire
     * those without `delay` and set a timer for the others.
     */
    armInjects: enqueueActions(
      ({ context, event, enqueue }, params: { watched: readonly WatchedInject[] }) => {
        const ready = readyInjects(context, params.watched);
        if (ready.length === 0) return;
        enqueue.assign(({ context: c }) => injectReducers.armInjects(c, event, { injects: ready }));
        const armedAt = context.now;
        for (const id of ready) {
          const inject = context.model.injects.get(id);
          const delay = inject?.delay === undefined ? 0 : parseDuration(inject.delay);
          if (delay > 0)
            enqueue.raise(
              { type: 'engine.inject', inject: id, t: armedAt + delay },
              { delay, id: injectTimerId(id) },
            );
          else
            enqueue.assign(({ context: c }) => injectReducers.fireInject(c, event, { inject: id }));
        }
      },
    ),
    scheduleCompletion: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'player.start') return;
      const cost = context.model.actionCost.get(event.action) ?? 0;
      enqueue.raise(
        {
          type: 'engine.complete',
          participant: event.participant,
          action: event.action,
          t: event.t + cost,
        },
        { delay: cost, id: `work:${event.participant}` },
      );
    }),
    cancelCompletion: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'player.cancel') enqueue.cancel(`work:${event.participant}`);
    }),
    scheduleJoin: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'player.page') return;
      const level = context.model.escalation.get(event.level);
      const delay = level ? parseDuration(level.joinAfter) : 0;
      enqueue.raise(
        { type: 'engine.joined', level: event.level, t: event.t + delay },
        { delay, id: `join:${event.level}` },
      );
    }),
  },
});

/** The machine type every scenario compiles to. */
export type DrillMachine = ReturnType<typeof compileScenario>;

function phaseStates(model: ScenarioModel) {
  const live = model.file.incident.phases.filter((p) => p.kind !== 'resolved');
  return Object.fromEntries(
    live.map((phase) => [
      phase.id,
      {
        always: live
          .filter((other) => other.id !== phase.id)
          .map((other) => ({
            guard: { type: 'phaseIs' as const, params: { phase: other.id } },
            target: other.id,
          })),
      },
    ]),
  );
}

/** The alert and the injects' clock times, in the order the old per-inject regions set them. */
function startTimers(model: ScenarioModel): StartTimer[] {
  const timers: StartTimer[] = [{ kind: 'detect', at: model.detectionAt }];
  for (const inject of model.file.injects) {
    if (inject.at !== undefined)
      timers.push({ kind: 'inject', inject: inject.id, at: parseDuration(inject.at) });
    else if (inject.when?.after !== undefined && parseDuration(inject.when.after) > 0)
      timers.push({ kind: 'open', inject: inject.id, at: parseDuration(inject.when.after) });
  }
  return timers;
}

/** Conditional injects, in file order; `gated` ones are watched once their `when.after` comes. */
function watchedInjects(model: ScenarioModel): WatchedInject[] {
  return model.file.injects
    .filter((inject) => inject.at === undefined)
    .map((inject) => ({
      inject: inject.id,
      gated: inject.when?.after !== undefined && parseDuration(inject.when.after) > 0,
    }));
}

/** The context a drill starts with. */
export function initialContext(
  model: ScenarioModel,
  seed: number,
): DrillContext & { model: ScenarioModel } {
  const phase = model.file.incident.initialPhase;
  return {
    model,
    seed,
    now: 0,
    phase,
    detectedAt: null,
    acknowledgedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    endedAt: null,
    hypothesis: null,
    clues: {},
    flags: {},
    completed: {},
    inFlight: {},
    escalations: {},
    injectsFired: {},
    injectsArmed: {},
    injectsOpen: {},
    hintsShown: [],
    phaseHistory: { head: { t: 0, phase }, tail: null, size: 1 },
    hypothesisHistory: null,
    statusUpdates: null,
    work: null,
    harmful: null,
    metricOverrides: null,
    timeline: {
      head: { t: 0, kind: 'phase', text: 'Incident begins (not yet detected)', ref: phase },
      tail: null,
      size: 1,
    },
  };
}

/**
 * Compile a validated scenario model into its drill machine.
 * @param model - a scenario that passed schema and semantic validation
 */
export function compileScenario(model: ScenarioModel) {
  const initialPhase = model.file.incident.initialPhase;
  const watched = watchedInjects(model);
  return drillSetup.createMachine({
    id: 'drill',
    context: ({ input }) => initialContext(input.model, input.seed),
    initial: 'running',
    states: {
      running: {
        initial: initialPhase,
        entry: { type: 'scheduleStart', params: { timers: startTimers(model) } },
        always: [
          {
            guard: { type: 'injectsReady', params: { watched } },
            actions: { type: 'armInjects', params: { watched } },
          },
          { guard: 'isResolved', target: 'resolved' },
        ],
        on: {
          'player.acknowledge': { guard: 'canAcknowledge', actions: 'acknowledge' },
          'player.start': { guard: 'canStart', actions: ['startWork', 'scheduleCompletion'] },
          'player.cancel': { guard: 'isBusy', actions: ['cancelCompletion', 'cancelWork'] },
          'engine.complete': { guard: 'isInFlight', actions: 'completeWork' },
          'player.declare': { guard: 'canDeclare', actions: 'declare' },
          'player.page': { guard: 'canPage', actions: ['page', 'scheduleJoin'] },
          'engine.joined': { guard: 'isPaged', actions: 'join' },
          'engine.detect': { actions: 'detect' },
          'engine.inject': { guard: 'injectPending', actions: 'fireInject' },
          'engine.injectOpen': { guard: 'injectOpens', actions: 'openInject' },
          'facilitator.inject': {
            guard: 'injectPending',
            actions: ['cancelInjectTimers', 'fireInject'],
          },
          'player.status': { guard: 'canPostStatus', actions: 'postStatus' },
          'player.note': { guard: 'hasText', actions: 'addNote' },
          'player.hint': { guard: 'hasHint', actions: 'showHint' },
          'facilitator.hint': { guard: 'hasHint', actions: 'showHint' },
          'facilitator.pause': { actions: 'markFacilitator' },
          'facilitator.resume': { actions: 'markFacilitator' },
          'facilitator.skip': { actions: 'markFacilitator' },
          'facilitator.end': { target: 'ended', actions: 'endDrill' },
        },
        states: phaseStates(model),
      },
      resolved: { type: 'final' },
      ended: { type: 'final' },
    },
  });
}
