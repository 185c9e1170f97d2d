/**
 * Compiles a scenario into one XState v5 machine.
 *
 * Every scenario shares the vocabulary declared in `drillSetup` (named guards and actions
 * with typed params); the compiler only lays out states and references that vocabulary by
 * name. Shape of the machine:
 *
 * ```
 * drill
 * ├─ running (parallel)
 * │  ├─ incident: one state per phase, following context.phase
 * │  ├─ detection: waiting ─after(detection.at)→ fired
 * │  └─ inject-<id>: waiting ─after(at)→ fired            (timed inject)
 * │                  waiting ─always(when)→ armed ─after(delay)→ fired   (conditional)
 * │                  notYet ─after(when.after)→ waiting ...   (conditional with a time)
 * ├─ resolved (final)
 * └─ ended (final, the facilitator stopped the drill)
 * ```
 * Action completions and responder joins are delayed events the machine raises for itself
 * on the injected clock, so several actions can be in flight at once.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { DrillContext, DrillEvent } from './context.ts';
import { drillReducers, injectReducers } from './machineActions.ts';
import { drillGuards } from './machineGuards.ts';
import type { ScenarioModel } from './model.ts';
import { parseDuration } from './schema.ts';

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
    reachTime: assign(({ context }, params: { t: number }) => ({
      now: Math.max(context.now, params.t),
    })),
    armInject: assign(({ context, event }, params: { inject: string }) =>
      injectReducers.armInject(context, event, params),
    ),
    fireInject: assign(({ context, event }, params: { inject: string }) =>
      injectReducers.fireInject(context, event, params),
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

const injectRegionId = (inject: string) => `inject-${inject}`;

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

function injectRegions(model: ScenarioModel) {
  const regions: Record<string, object> = {};
  for (const inject of model.file.injects) {
    const params = { inject: inject.id };
    const fireNow = { guard: { type: 'isInjectEvent' as const, params }, target: 'fired' };
    const fired = { type: 'final' as const, entry: { type: 'fireInject' as const, params } };
    if (inject.at !== undefined) {
      regions[injectRegionId(inject.id)] = {
        initial: 'waiting',
        states: {
          waiting: {
            after: { [parseDuration(inject.at)]: 'fired' },
            on: { 'facilitator.inject': fireNow },
          },
          fired,
        },
      };
    } else {
      const delay = inject.delay === undefined ? 0 : parseDuration(inject.delay);
      // A `when` with `after:` must fire at that time, not at the next event: wait for it on the clock first.
      const notBefore = inject.when?.after === undefined ? 0 : parseDuration(inject.when.after);
      regions[injectRegionId(inject.id)] = {
        initial: notBefore > 0 ? 'notYet' : 'waiting',
        states: {
          notYet: {
            after: {
              [notBefore]: {
                target: 'waiting',
                actions: { type: 'reachTime' as const, params: { t: notBefore } },
              },
            },
            on: { 'facilitator.inject': fireNow },
          },
          waiting: {
            always: {
              guard: { type: 'injectConditionHolds' as const, params },
              target: delay > 0 ? 'armed' : 'fired',
              actions: { type: 'armInject' as const, params },
            },
            on: { 'facilitator.inject': fireNow },
          },
          armed: { after: { [delay]: 'fired' }, on: { 'facilitator.inject': fireNow } },
          fired,
        },
      };
    }
  }
  return regions;
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
  return drillSetup.createMachine({
    id: 'drill',
    context: ({ input }) => initialContext(input.model, input.seed),
    initial: 'running',
    states: {
      running: {
        type: 'parallel',
        always: [{ guard: 'isResolved', target: 'resolved' }],
        on: {
          'player.acknowledge': { guard: 'canAcknowledge', actions: 'acknowledge' },
          'player.start': { guard: 'canStart', actions: ['startWork', 'scheduleCompletion'] },
          'player.cancel': { guard: 'isBusy', actions: ['cancelCompletion', 'cancelWork'] },
          'engine.complete': { guard: 'isInFlight', actions: 'completeWork' },
          'player.declare': { guard: 'canDeclare', actions: 'declare' },
          'player.page': { guard: 'canPage', actions: ['page', 'scheduleJoin'] },
          'engine.joined': { guard: 'isPaged', actions: 'join' },
          'player.status': { guard: 'canPostStatus', actions: 'postStatus' },
          'player.note': { guard: 'hasText', actions: 'addNote' },
          'player.hint': { guard: 'hasHint', actions: 'showHint' },
          'facilitator.hint': { guard: 'hasHint', actions: 'showHint' },
          'facilitator.pause': { actions: 'markFacilitator' },
          'facilitator.resume': { actions: 'markFacilitator' },
          'facilitator.skip': { actions: 'markFacilitator' },
          'facilitator.end': { target: 'ended', actions: 'endDrill' },
        },
        states: {
          incident: { initial: initialPhase, states: phaseStates(model) },
          detection: {
            initial: 'waiting',
            states: {
              waiting: { after: { [model.detectionAt]: 'fired' } },
              fired: { type: 'final', entry: 'detect' },
            },
          },
          ...injectRegions(model),
        },
      },
      resolved: { type: 'final' },
      ended: { type: 'final' },
    },
  });
}
