/**
 * The analysis state graph: explored with `getAdjacencyMap` from `xstate/graph` on the bounded
 * key of `analysisModel.ts` (reachability, red herrings, harmful actions, soft-locks).
 */
import type { ActorLogic } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { toArray } from './chain.ts';
import type { DrillEvent } from './context.ts';
import type { DrillMachine } from './machine.ts';
import {
  analysisEvents,
  eventToStep,
  newlyUselessStartable,
  pureTransition,
  stateKey,
  ANALYST,
  type AnalysisEvent,
  type AnalysisSnapshot,
  type Relevance,
} from './analysisModel.ts';
import { stepsToArray, type Steps } from './analysisPar.ts';
import type { GraphResult, StateAdjacency } from './analysisTypes.ts';
import type { ScenarioModel } from './model.ts';
import { redHerringClues } from './redHerrings.ts';
import { snapshotInfo } from './snapshotIndex.ts';

type Graph = StateAdjacency;

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

/** The state graph explored from `start`; throws when it exceeds the traversal limit. */
export function adjacencyOf(
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

export function exploreGraph(
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
