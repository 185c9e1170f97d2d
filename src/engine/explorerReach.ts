/**
 * What no run can reach, from the analysis's reachable sets and its state graph. Injects need
 * the graph: the analysis waits only for injects with effects, so one without effects is
 * reachable when it is timed, or when its condition holds (or it was armed) in some state.
 */
import type { AnalysisResult, StateAdjacency } from './analysis.ts';
import { conditionHolds } from './conditions.ts';
import type { ScenarioModel } from './model.ts';

/** Ids of scenario elements that no run can reach. */
export interface Unreachable {
  actions: string[];
  clues: string[];
  injects: string[];
  levels: string[];
  phases: string[];
}

export function unreachableParts(
  model: ScenarioModel,
  analysis: AnalysisResult,
  adjacency: StateAdjacency,
): Unreachable {
  const r = analysis.graph.reachable;
  const f = model.file;
  const contexts = Object.values(adjacency).map((node) => node.state.context);
  const injectReachable = (inject: (typeof f.injects)[number]) => {
    if (inject.at !== undefined || r.injects.has(inject.id)) return true;
    const when = inject.when ? { ...inject.when, after: undefined } : undefined;
    return contexts.some(
      (c) => inject.id in c.injectsFired || inject.id in c.injectsArmed || conditionHolds(when, c),
    );
  };
  return {
    actions: f.actions.filter((a) => !r.actions.has(a.id)).map((a) => a.id),
    clues: f.clues.filter((c) => !r.clues.has(c.id)).map((c) => c.id),
    injects: f.injects.filter((i) => !injectReachable(i)).map((i) => i.id),
    levels: f.escalation.filter((e) => !r.levels.has(e.id)).map((e) => e.id),
    phases: f.incident.phases.filter((p) => !r.phases.has(p.id)).map((p) => p.id),
  };
}
