/**
 * Left-to-right layout of the explorer graph with dagre, as React Flow nodes and edges.
 * Kept apart from the components so it can be tested and memoised on the graph alone.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from '../../engine/index.ts';

export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 64;
/** Room between ranks for an edge label of `EDGE_LABEL_CHARS` (FlowParts.tsx) at 11 px. */
export const RANK_GAP = 124;

export type StateNodeData = { node: ExplorerNode; selected: boolean; phaseName: string };
export type StateFlowNode = Node<StateNodeData, 'state'>;
export type MoveFlowEdge = Edge<{ edge: ExplorerEdge }, 'move'>;

export function layoutGraph(
  graph: ExplorerGraph,
  phaseName: (phase: string) => string,
): { nodes: StateFlowNode[]; edges: MoveFlowEdge[] } {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: RANK_GAP, edgesep: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  // Par edges weigh more, so dagre keeps the par path straight.
  for (const edge of graph.edges)
    g.setEdge(edge.source, edge.target, { weight: edge.onPar ? 8 : 1 }, edge.id);
  layout(g);
  const nodes: StateFlowNode[] = graph.nodes.map((node) => {
    const at: { x: number; y: number } = g.node(node.id) as { x: number; y: number };
    return {
      id: node.id,
      type: 'state',
      position: { x: at.x - NODE_WIDTH / 2, y: at.y - NODE_HEIGHT / 2 },
      data: { node, selected: false, phaseName: phaseName(node.phase) },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    };
  });
  const edges: MoveFlowEdge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'move',
    data: { edge },
    // Par edges are drawn last, on top of the others.
    zIndex: edge.onPar ? 1 : 0,
  }));
  return { nodes, edges };
}
