/**
 * The analysis states behind the explorer graph: where it starts, the breadth-first tree that
 * gives every state its shortest route, and which states can still reach a resolution.
 */
import type { StateAdjacency } from './analysis.ts';
import { stateKey, type AnalysisSnapshot, type Relevance } from './analysisModel.ts';
import type { RouteStep } from './explorerSteps.ts';

/** One analysis state with its place in the breadth-first tree from the first node. */
export interface StateInfo {
  key: string;
  snapshot: AnalysisSnapshot;
  depth: number;
  route: RouteStep[];
  onPar: boolean;
  softLock: boolean;
  sideActions: string[];
}

/** The state after the alert is acknowledged (the analysis starts one step before it). */
export function firstNodeKey(adjacency: StateAdjacency, startKey: string, rel: Relevance) {
  const start = adjacency[startKey];
  if (!start) return null;
  const moves = Object.values(start.transitions);
  const ack = moves.length === 1 && moves[0]!.event.type === 'player.acknowledge';
  return ack ? stateKey(moves[0]!.state, rel) : startKey;
}

export function breadthFirst(
  adjacency: StateAdjacency,
  rootKey: string | null,
  rel: Relevance,
): Map<string, StateInfo> {
  const states = new Map<string, StateInfo>();
  const root = rootKey ? adjacency[rootKey] : undefined;
  if (!rootKey || !root) return states;
  const blank = { onPar: false, softLock: false, sideActions: [] };
  states.set(rootKey, { key: rootKey, snapshot: root.state, depth: 0, route: [], ...blank });
  const queue = [rootKey];
  for (let i = 0; i < queue.length; i++) {
    const from = states.get(queue[i]!)!;
    for (const t of Object.values(adjacency[from.key]?.transitions ?? {})) {
      const key = stateKey(t.state, rel);
      if (states.has(key) || !adjacency[key]) continue;
      const route = [...from.route, { event: t.event, fromNow: from.snapshot.context.now }];
      // The adjacency map keeps the first snapshot met per key; ours follows the BFS route.
      states.set(key, { key, snapshot: t.state, depth: from.depth + 1, route, ...blank });
      queue.push(key);
    }
  }
  return states;
}

/** Keys of states from which a resolved state can be reached (reverse search). */
export function resolvable(adjacency: StateAdjacency, rel: Relevance): Set<string> {
  const reverse = new Map<string, string[]>();
  const resolved: string[] = [];
  for (const [key, node] of Object.entries(adjacency)) {
    if (node.state.value === 'resolved') resolved.push(key);
    for (const t of Object.values(node.transitions)) {
      const to = stateKey(t.state, rel);
      reverse.set(to, [...(reverse.get(to) ?? []), key]);
    }
  }
  const seen = new Set(resolved);
  const queue = [...resolved];
  while (queue.length)
    for (const prev of reverse.get(queue.pop()!) ?? [])
      if (!seen.has(prev)) {
        seen.add(prev);
        queue.push(prev);
      }
  return seen;
}
