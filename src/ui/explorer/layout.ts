/**
 * Left-to-right layout of the explorer graph with dagre, and the React Flow nodes and edges
 * drawn from it. The dagre part (`layoutPositions`, a few hundred ms on big graphs) runs in
 * the explorer's worker and yields plain positions; `flowElements` is the cheap part the
 * screen does with them.
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

/** Top-left corner of each node, by node id: plain data, so a worker can send it. */
export type NodePositions = Record<string, { x: number; y: number }>;

/** Places every node of the graph with dagre (left to right, par kept straight). */
export function layoutPositions(graph: ExplorerGraph): NodePositions {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: RANK_GAP, edgesep: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  // Par edges weigh more, so dagre keeps the par path straight.
  for (const edge of graph.edges)
    g.setEdge(edge.source, edge.target, { weight: edge.onPar ? 8 : 1 }, edge.id);
  layout(g);
  const positions: NodePositions = {};
  for (const node of graph.nodes) {
    const at = g.node(node.id) as { x: number; y: number };
    positions[node.id] = { x: at.x - NODE_WIDTH / 2, y: at.y - NODE_HEIGHT / 2 };
  }
  return parOnTopLane(graph, positions);
}

/** Room between par's lane and the nodes under it. */
export const PAR_LANE_GAP = 48;

/**
 * Moves par's states onto one straight row above the rest, each keeping dagre's column.
 * Dagre alone scatters them (web-stack's second par state landed 2,700 px below the first),
 * so par could not be read as a line nor opened on at a legible zoom.
 */
function parOnTopLane(graph: ExplorerGraph, positions: NodePositions): NodePositions {
  const par = graph.par?.traced ? graph.par.nodeIds.filter((id) => positions[id]) : [];
  if (par.length === 0) return positions;
  const onPar = new Set(par);
  const others = Object.entries(positions).filter(([id]) => !onPar.has(id));
  const top = Math.min(...others.map(([, at]) => at.y), positions[par[0]!]!.y);
  const laneY = others.length === 0 ? top : top - NODE_HEIGHT - PAR_LANE_GAP;
  const moved: NodePositions = { ...positions };
  let nextFree = -Infinity;
  for (const id of par) {
    // Par only moves forward, so columns grow; never let two par states overlap on the lane.
    const x = Math.max(positions[id]!.x, nextFree);
    moved[id] = { x, y: laneY };
    nextFree = x + NODE_WIDTH + RANK_GAP;
  }
  return moved;
}

/** React Flow nodes and edges of the graph at the given positions. */
export function flowElements(
  graph: ExplorerGraph,
  positions: NodePositions,
  phaseName: (phase: string) => string,
): { nodes: StateFlowNode[]; edges: MoveFlowEdge[] } {
  const nodes: StateFlowNode[] = graph.nodes.map((node) => ({
    id: node.id,
    type: 'state',
    position: positions[node.id] ?? { x: 0, y: 0 },
    data: { node, selected: false, phaseName: phaseName(node.phase) },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }));
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
