/**
 * Scenario analysis: par time and path, what is reachable, which red herrings a team can
 * run into, and soft-locks (states from which the incident can no longer be resolved).
 *
 * Two passes over the compiled machine, both on the bounded key of `analysisModel.ts`:
 * - the state graph, explored with `getAdjacencyMap` from `xstate/graph` (reachability,
 *   soft-locks), stopped at `maxStates`;
 * - par, a Dijkstra search over game time using XState's pure `transition`, so the waits
 *   (a responder joining, an inject) are timed on the path actually taken.
 * Par assumes a single responder; a team working in parallel can beat it.
 */
import type { ActorLogic } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { toArray } from './chain.ts';
import type { DrillEvent } from './context.ts';
import { compileScenario, type DrillMachine } from './machine.ts';
import {
  analysisEvents,
  detectionSnapshot,
  eventToStep,
  newlyUselessStartable,
  pureTransition,
  relevance,
  stateKey,
  ANALYST,
  type AnalysisEvent,
  type AnalysisSnapshot,
  type Relevance,
  withPersistentRecords,
} from './analysisModel.ts';
import { MinHeap } from './minHeap.ts';
import type { ScenarioModel } from './model.ts';
import { redHerringClues } from './redHerrings.ts';
import { snapshotInfo } from './snapshotIndex.ts';

/** A path shared between search branches (newest step first), so extending it is O(1). */
type Steps = { step: string; prev: Steps } | null;

function stepsToArray(steps: Steps): string[] {
  const out: string[] = [];
  for (let s = steps; s; s = s.prev) out.push(s.step);
  return out.reverse();
}

/** Default bound on distinct states explored; beyond it the analysis reports itself incomplete. */
export const DEFAULT_MAX_STATES = 20_000;

export interface ParResult {
  /** Game time from incident start to resolution along the par path (ms). */
  time: number;
  /** Steps, as path strings (`check-firewall`, `page:senior-infra`). */
  path: string[];
  /** Red herrings the par path walks into (ideally none). */
  redHerrings: string[];
}

export interface SoftLock {
  /** A shortest route into the state, as path steps. */
  path: string[];
  phase: string;
  redHerrings: string[];
}

export interface GraphResult {
  complete: boolean;
  reason?: string;
  states: number;
  transitions: number;
  reachable: {
    actions: Set<string>;
    clues: Set<string>;
    phases: Set<string>;
    levels: Set<string>;
    injects: Set<string>;
  };
  redHerrings: string[];
  harmfulActions: string[];
  softLocks: SoftLock[];
}

export interface AnalysisResult {
  scenario: ScenarioModel['ref'];
  par: ParResult | null;
  parComplete: boolean;
  graph: GraphResult;
}

/** The adjacency map with plain string keys (xstate/graph brands its keys). */
type Graph = Record<
  string,
  {
    state: AnalysisSnapshot;
    transitions: Record<string, { event: AnalysisEvent; state: AnalysisSnapshot }>;
  }
>;

/** The drill machine as actor logic that also understands the atomic `analysis.do` step. */
function atomicActionLogic(machine: DrillMachine) {
  const transition = pureTransition(machine);
  const step = (snapshot: AnalysisSnapshot, event: AnalysisEvent): AnalysisSnapshot => {
    if (event.type !== 'analysis.do') return transition(snapshot, event);
    const start: DrillEvent = {
      type: 'player.start',
      participant: ANALYST,
      action: event.action,
      t: event.t,
    };
    const started = transition(snapshot, start);
    const work = started.context.inFlight[ANALYST];
    if (!work) return started;
    return transition(started, {
      type: 'engine.complete',
      participant: ANALYST,
      action: work.action,
      t: work.completesAt,
    });
  };
  return {
    transition: step,
    getInitialSnapshot: () => {
      throw new Error('the analysis always starts from the detection snapshot');
    },
    getPersistedSnapshot: (snapshot: AnalysisSnapshot) => snapshot,
  } as unknown as ActorLogic<AnalysisSnapshot, AnalysisEvent>;
}

export interface AnalysisOptions {
  maxStates?: number;
  machine?: DrillMachine;
}

const cache = new WeakMap<ScenarioModel, AnalysisResult>();

/**
 * Analyse a scenario. Never throws on size: it stops at `maxStates` and says so.
 * Results with default options are cached per model (loading already analyses once).
 */
export function analyzeScenario(
  model: ScenarioModel,
  options: AnalysisOptions = {},
): AnalysisResult {
  const cacheable = options.maxStates === undefined && options.machine === undefined;
  const cached = cacheable ? cache.get(model) : undefined;
  if (cached) return cached;
  const result = analyzeUncached(model, options);
  if (cacheable) cache.set(model, result);
  return result;
}

function analyzeUncached(model: ScenarioModel, options: AnalysisOptions): AnalysisResult {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const machine = options.machine ?? compileScenario(model);
  const rel = relevance(model);
  const start = withPersistentRecords(detectionSnapshot(machine, model));
  const par = findPar(machine, model, rel, start, maxStates);
  return {
    scenario: model.ref,
    par: par.result,
    parComplete: par.complete,
    graph: exploreGraph(machine, model, rel, start, maxStates),
  };
}

/**
 * Par from a drill's current snapshot instead of the alert: the least game time still
 * needed to resolve, and the steps. The snapshot must have no work in flight (the search
 * waits only for its own actions) and come from `options.machine` when given.
 */
export function parFromSnapshot(
  model: ScenarioModel,
  snapshot: AnalysisSnapshot,
  options: AnalysisOptions = {},
): { result: ParResult | null; complete: boolean } {
  const machine = options.machine ?? compileScenario(model);
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  return findPar(machine, model, relevance(model), snapshot, maxStates);
}

function findPar(
  machine: DrillMachine,
  model: ScenarioModel,
  rel: Relevance,
  start: AnalysisSnapshot,
  maxStates: number,
) {
  interface Node {
    snapshot: AnalysisSnapshot;
    steps: Steps;
  }
  const transition = pureTransition(machine);
  const best = new Map<string, number>();
  const heap = new MinHeap<Node>();
  heap.push(start.context.now, { snapshot: start, steps: null });
  best.set(stateKey(start, rel), start.context.now);
  let expanded = 0;
  while (heap.size > 0) {
    const { priority, value } = heap.pop()!;
    const { snapshot, steps } = value;
    const key = stateKey(snapshot, rel);
    if ((best.get(key) ?? Infinity) < priority) continue;
    if (snapshot.value === 'resolved') {
      const ctx = snapshot.context;
      const redHerrings = redHerringClues(model, (id) => id in ctx.clues);
      return {
        complete: true,
        result: { time: ctx.resolvedAt ?? ctx.now, path: stepsToArray(steps), redHerrings },
      };
    }
    if (++expanded > maxStates) return { complete: false, result: null };
    for (const event of analysisEvents(snapshot, model, rel, 'par')) {
      if (event.type === 'analysis.do') continue; // par mode never offers atomic steps
      const next = transition(snapshot, event);
      const nextKey = stateKey(next, rel, snapshot);
      const time = next.context.now;
      if (time < (best.get(nextKey) ?? Infinity)) {
        best.set(nextKey, time);
        const step = eventToStep(event);
        heap.push(time, { snapshot: next, steps: step ? { step, prev: steps } : steps });
      }
    }
  }
  return { complete: true, result: null };
}

/** The state graph explored from `start`; throws when it exceeds the traversal limit. */
function adjacencyOf(
  machine: DrillMachine,
  model: ScenarioModel,
  rel: Relevance,
  start: AnalysisSnapshot,
  maxStates: number,
): Graph {
  return getAdjacencyMap(atomicActionLogic(machine), {
    fromState: start,
    events: (snapshot: AnalysisSnapshot) => analysisEvents(snapshot, model, rel, 'graph'),
    serializeState: (snapshot: AnalysisSnapshot, _event: unknown, prev?: AnalysisSnapshot) =>
      stateKey(snapshot, rel, prev),
    serializeEvent: (event: AnalysisEvent) => JSON.stringify(event),
    stopWhen: (snapshot: AnalysisSnapshot) => snapshot.status !== 'active',
    limit: maxStates * 8,
  }) as unknown as Graph;
}

/** The analysis's state graph itself, for tools that display it (see `explorerGraph.ts`). */
export interface StateGraph {
  /** Adjacency by bounded state key (see `stateKey` in `analysisModel.ts`). */
  adjacency: StateAdjacency;
  startKey: string;
  relevance: Relevance;
  /** False when the graph exceeded `maxStates`: `adjacency` is then empty or partial. */
  complete: boolean;
  reason?: string;
}

export type StateAdjacency = Graph;

/**
 * Explore the same state graph as {@link analyzeScenario} (same events, same key, same
 * bound) and return it. Not cached: the caller keeps what it needs.
 */
export function exploreStateGraph(model: ScenarioModel, options: AnalysisOptions = {}): StateGraph {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const machine = options.machine ?? compileScenario(model);
  const rel = relevance(model);
  const start = detectionSnapshot(machine, model);
  const startKey = stateKey(start, rel);
  try {
    const adjacency = adjacencyOf(machine, model, rel, start, maxStates);
    const states = Object.keys(adjacency).length;
    if (states > maxStates)
      return {
        adjacency,
        startKey,
        relevance: rel,
        complete: false,
        reason: `state graph has ${states} states, above the bound of ${maxStates}`,
      };
    return { adjacency, startKey, relevance: rel, complete: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      adjacency: {},
      startKey,
      relevance: rel,
      complete: false,
      reason: `state graph larger than ${maxStates} states (${message})`,
    };
  }
}

function exploreGraph(
  machine: DrillMachine,
  model: ScenarioModel,
  rel: Relevance,
  start: AnalysisSnapshot,
  maxStates: number,
): GraphResult {
  const reachable: GraphResult['reachable'] = {
    actions: new Set(),
    clues: new Set(),
    phases: new Set(),
    levels: new Set(),
    injects: new Set(),
  };
  const result: GraphResult = {
    complete: true,
    states: 0,
    transitions: 0,
    reachable,
    redHerrings: [],
    harmfulActions: [],
    softLocks: [],
  };
  let adjacency: Graph;
  try {
    adjacency = adjacencyOf(machine, model, rel, start, maxStates);
  } catch (error) {
    result.complete = false;
    result.reason = `state graph larger than ${maxStates} states (${error instanceof Error ? error.message : String(error)})`;
    return result;
  }
  const keys = Object.keys(adjacency);
  result.states = keys.length;
  if (keys.length > maxStates) {
    result.complete = false;
    result.reason = `state graph has ${keys.length} states, above the bound of ${maxStates}`;
  }
  // Clues only accumulate, and every state recorded here was reached from another one
  // recorded here (or is the start), so the clues its step found are enough.
  const record = (snapshot: AnalysisSnapshot) => {
    const c = snapshot.context;
    snapshotInfo(snapshot, rel).newClues.forEach((id) => reachable.clues.add(id));
    toArray(c.phaseHistory).forEach((p) => reachable.phases.add(p.phase));
    Object.keys(c.escalations).forEach((id) => reachable.levels.add(id));
    Object.keys(c.injectsFired).forEach((id) => reachable.injects.add(id));
  };
  const reverse = new Map<string, string[]>();
  const resolvedKeys: string[] = [];
  for (const [key, node] of Object.entries(adjacency)) {
    record(node.state);
    for (const id of newlyUselessStartable(node.state, model, rel)) {
      reachable.actions.add(id);
      model.actions.get(id)?.effects?.reveal?.forEach((clue) => reachable.clues.add(clue));
    }
    if (node.state.value === 'resolved') resolvedKeys.push(key);
    for (const { event, state } of Object.values(node.transitions)) {
      result.transitions++;
      if (event.type === 'analysis.do') reachable.actions.add(event.action);
      record(state);
      const to = stateKey(state, rel);
      const from = reverse.get(to) ?? [];
      from.push(key);
      reverse.set(to, from);
    }
  }
  result.redHerrings = redHerringClues(model, (id) => reachable.clues.has(id));
  result.harmfulActions = model.file.actions
    .filter((a) => a.harmful !== undefined && reachable.actions.has(a.id))
    .map((a) => a.id);
  // States that can still reach a resolution: reverse search from resolved states.
  const canResolve = new Set(resolvedKeys);
  const queue = [...resolvedKeys];
  while (queue.length) {
    for (const prev of reverse.get(queue.pop()!) ?? []) {
      if (canResolve.has(prev)) continue;
      canResolve.add(prev);
      queue.push(prev);
    }
  }
  if (result.complete) {
    const locked = keys.filter(
      (key) => !canResolve.has(key) && adjacency[key]!.state.status === 'active',
    );
    result.softLocks = shortestRoutes(adjacency, stateKey(start, rel), new Set(locked), rel).map(
      ({ key, path }) => {
        const c = adjacency[key]!.state.context;
        return {
          path,
          phase: c.phase,
          redHerrings: redHerringClues(model, (id) => id in c.clues),
        };
      },
    );
  }
  return result;
}

/** Breadth-first routes from the start to the first few target states (closest first). */
function shortestRoutes(adjacency: Graph, startKey: string, targets: Set<string>, rel: Relevance) {
  const found: { key: string; path: string[] }[] = [];
  if (targets.size === 0) return found;
  const seen = new Set([startKey]);
  const queue: { key: string; steps: Steps }[] = [{ key: startKey, steps: null }];
  // Report only the entrances of locked regions: states whose parent could still resolve.
  for (let head = 0; head < queue.length && found.length < 10; head++) {
    const { key, steps } = queue[head]!;
    if (targets.has(key)) {
      found.push({ key, path: stepsToArray(steps) });
      continue;
    }
    for (const { event, state } of Object.values(adjacency[key]?.transitions ?? {})) {
      const next = stateKey(state, rel);
      if (seen.has(next)) continue;
      seen.add(next);
      const step = eventToStep(event);
      queue.push({ key: next, steps: step ? { step, prev: steps } : steps });
    }
  }
  return found;
}
