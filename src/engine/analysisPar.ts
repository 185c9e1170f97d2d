/**
 * Par: a Dijkstra search over game time using XState's pure `transition`, so the waits (a
 * responder joining, an inject) are timed on the path actually taken. One responder.
 */
import {
  analysisEvents,
  eventToStep,
  pureTransition,
  stateKey,
  type AnalysisSnapshot,
  type Relevance,
} from './analysisModel.ts';
import type { ParResult } from './analysisTypes.ts';
import type { DrillMachine } from './machine.ts';
import { MinHeap } from './minHeap.ts';
import type { ScenarioModel } from './model.ts';
import { redHerringClues } from './redHerrings.ts';

/** A path shared between search branches (newest step first), so extending it is O(1). */
export type Steps = { step: string; prev: Steps } | null;

export function stepsToArray(steps: Steps): string[] {
  const out: string[] = [];
  for (let s = steps; s; s = s.prev) out.push(s.step);
  return out.reverse();
}

/** The fastest way to resolution from `start`, or incomplete past `maxStates` expansions. */
export function findPar(
  machine: DrillMachine,
  model: ScenarioModel,
  rel: Relevance,
  start: AnalysisSnapshot,
  maxStates: number,
): { result: ParResult | null; complete: boolean } {
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
