/**
 * The explorer's heavy work in one pure step: the engine's state graph (merged into drawable
 * nodes) and its dagre layout. The explorer's worker runs it (`explorer.worker.ts`); so does
 * the main thread where there are no workers (tests). Request and result are plain,
 * structured-cloneable data: a node's `path` is all the node panel needs to replay it.
 */
import {
  explorerGraph,
  type AnalysisResult,
  type ExplorerGraph,
  type ScenarioModel,
} from '../../engine/index.ts';
import { layoutPositions, type NodePositions } from './layout.ts';

export interface ExplorerBuildRequest {
  model: ScenarioModel;
  /** The catalogue's analysis when it has one (else the graph works it out again). */
  analysis: AnalysisResult | null;
}

export type ExplorerBuildResult =
  { ok: true; graph: ExplorerGraph; positions: NodePositions } | { ok: false; message: string };

/** Builds and lays out the explorer graph; a failure comes back as a message, never a throw. */
export function buildExplorer({ model, analysis }: ExplorerBuildRequest): ExplorerBuildResult {
  try {
    const graph = explorerGraph(model, { analysis });
    return { ok: true, graph, positions: layoutPositions(graph) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
