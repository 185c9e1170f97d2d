/**
 * Builds the explorer graph of a scenario and lays it out in a Web Worker (in-thread where
 * there are no workers, as in tests): on big scenarios the two take half a second, which
 * froze the screen on the way in. The result is kept per model, so coming back is instant.
 */
import { useEffect, useState } from 'react';
import type { AnalysisResult, ExplorerGraph, ScenarioModel } from '../../engine/index.ts';
import type { ExplorerBuildRequest, ExplorerBuildResult } from './buildExplorer.ts';
import type { NodePositions } from './layout.ts';

export type GraphState =
  | { status: 'building' }
  | { status: 'ready'; graph: ExplorerGraph; positions: NodePositions }
  | { status: 'error'; message: string };

/** Runs one build; rejects with an AbortError once `signal` aborts. */
export type ExplorerBuilder = (
  request: ExplorerBuildRequest,
  signal: AbortSignal,
) => Promise<ExplorerBuildResult>;

const abortError = () => new DOMException('explorer build cancelled', 'AbortError');

// The engine and dagre stay out of this chunk: the in-thread path fetches them when needed.
const inThread = (request: ExplorerBuildRequest) =>
  import('./buildExplorer.ts').then((m) => m.buildExplorer(request));

/** One worker per build, ended when the build is done or no longer wanted. */
export const workerBuilder: ExplorerBuilder = (request, signal) => {
  if (signal.aborted) return Promise.reject(abortError());
  if (typeof Worker === 'undefined')
    return inThread(request).then((result) => {
      if (signal.aborted) throw abortError();
      return result;
    });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./explorer.worker.ts', import.meta.url), {
      type: 'module',
    });
    const cancel = () => {
      worker.terminate();
      reject(abortError());
    };
    const finish = (result: ExplorerBuildResult | Promise<ExplorerBuildResult>) => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(result);
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<ExplorerBuildResult>) => finish(event.data);
    // A worker that cannot start (or dies) hands the build to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(inThread(request));
    };
    worker.postMessage(request);
  });
};

const built = new WeakMap<ScenarioModel, Extract<GraphState, { status: 'ready' }>>();

export function useExplorerGraph(
  model: ScenarioModel | null,
  analysis: AnalysisResult | null,
  builder: ExplorerBuilder = workerBuilder,
): GraphState {
  const [state, setState] = useState<{ model: ScenarioModel | null; graph: GraphState }>({
    model: null,
    graph: { status: 'building' },
  });
  useEffect(() => {
    if (!model || built.has(model)) return;
    const controller = new AbortController();
    builder({ model, analysis }, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (!result.ok) {
          setState({ model, graph: { status: 'error', message: result.message } });
          return;
        }
        const ready = {
          status: 'ready',
          graph: result.graph,
          positions: result.positions,
        } as const;
        built.set(model, ready);
        setState({ model, graph: ready });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ model, graph: { status: 'error', message } });
      },
    );
    return () => controller.abort();
  }, [model, analysis, builder]);
  const cached = model ? built.get(model) : undefined;
  if (cached) return cached;
  return state.model === model ? state.graph : { status: 'building' };
}
