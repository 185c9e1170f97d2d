/**
 * Builds the explorer graph of a scenario after the first paint (big scenarios take up to a
 * second), so the screen can say it is working instead of freezing on the way in.
 */
import { useEffect, useState } from 'react';
import {
  explorerGraph,
  type AnalysisResult,
  type ExplorerGraph,
  type ScenarioModel,
} from '../../engine/index.ts';

export type GraphState =
  | { status: 'building' }
  | { status: 'ready'; graph: ExplorerGraph }
  | { status: 'error'; message: string };

const built = new WeakMap<ScenarioModel, ExplorerGraph>();

export function useExplorerGraph(
  model: ScenarioModel | null,
  analysis: AnalysisResult | null,
): GraphState {
  const [state, setState] = useState<{ model: ScenarioModel | null; graph: GraphState }>({
    model: null,
    graph: { status: 'building' },
  });
  useEffect(() => {
    if (!model || built.has(model)) return;
    const timer = setTimeout(() => {
      try {
        const graph = explorerGraph(model, { analysis });
        built.set(model, graph);
        setState({ model, graph: { status: 'ready', graph } });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState({ model, graph: { status: 'error', message } });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [model, analysis]);
  const cached = model ? built.get(model) : undefined;
  if (cached) return { status: 'ready', graph: cached };
  return state.model === model ? state.graph : { status: 'building' };
}
