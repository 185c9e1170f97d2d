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
import { adjacencyOf, exploreGraph } from './analysisGraph.ts';
import {
  detectionSnapshot,
  relevance,
  stateKey,
  withPersistentRecords,
  type AnalysisSnapshot,
} from './analysisModel.ts';
import { findPar } from './analysisPar.ts';
import type { AnalysisOptions, AnalysisResult, ParResult, StateGraph } from './analysisTypes.ts';
import { compileScenario } from './machine.ts';
import type { ScenarioModel } from './model.ts';

export type {
  AnalysisOptions,
  AnalysisResult,
  GraphResult,
  ParResult,
  SoftLock,
  StateAdjacency,
  StateGraph,
} from './analysisTypes.ts';

/** Default bound on distinct states explored; beyond it the analysis reports itself incomplete. */
export const DEFAULT_MAX_STATES = 20_000;

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
