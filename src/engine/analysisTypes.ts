/** Result and option types of the scenario analysis (see `analysis.ts`). */
import type { AnalysisEvent, AnalysisSnapshot, Relevance } from './analysisModel.ts';
import type { DrillMachine } from './machine.ts';
import type { ScenarioModel } from './model.ts';

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
export type StateAdjacency = Record<
  string,
  {
    state: AnalysisSnapshot;
    transitions: Record<string, { event: AnalysisEvent; state: AnalysisSnapshot }>;
  }
>;

export interface AnalysisOptions {
  maxStates?: number;
  machine?: DrillMachine;
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
