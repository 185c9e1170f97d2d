/**
 * The drawn graph: React Flow over the dagre layout, with controls and a fitted view.
 * Nodes are buttons (see `FlowParts.tsx`); React Flow's own node focus is off so Tab goes
 * from one state button to the next.
 */
import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  type EdgeTypes,
  type NodeTypes,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { ExplorerGraph } from '../../engine/index.ts';
import { MoveEdgeView, SelectNodeContext, StateNodeView } from './FlowParts.tsx';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  layoutGraph,
  type MoveFlowEdge,
  type StateFlowNode,
} from './layout.ts';

const nodeTypes: NodeTypes = { state: StateNodeView };
const edgeTypes: EdgeTypes = { move: MoveEdgeView };

export interface ExplorerFlowProps {
  graph: ExplorerGraph;
  phaseName: (phase: string) => string;
  selectedId: string | null;
  /** A state to bring into view (chosen outside the graph, e.g. from the picker). */
  focusId?: string | null;
  onSelect: (id: string) => void;
}

export function ExplorerFlow({
  graph,
  phaseName,
  selectedId,
  focusId,
  onSelect,
}: ExplorerFlowProps) {
  const laid = useMemo(() => layoutGraph(graph, phaseName), [graph, phaseName]);
  const [flow, setFlow] = useState<ReactFlowInstance<StateFlowNode, MoveFlowEdge> | null>(null);
  useEffect(() => {
    const node = laid.nodes.find((n) => n.id === focusId);
    if (!flow || !node) return;
    void flow.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, {
      zoom: Math.max(flow.getZoom(), 0.8),
      duration: 300,
    });
  }, [flow, laid, focusId]);
  const nodes = useMemo(
    () =>
      laid.nodes.map((n) =>
        n.id === selectedId ? { ...n, data: { ...n.data, selected: true } } : n,
      ),
    [laid, selectedId],
  );
  const edges = useMemo(
    () =>
      laid.edges.map((e) => ({
        ...e,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      })),
    [laid],
  );
  return (
    <SelectNodeContext.Provider value={onSelect}>
      <div className="explorer-flow" data-testid="explorer-flow">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode="dark"
          fitView
          fitViewOptions={{ padding: 0.1 }}
          minZoom={0.05}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          // A click handler also makes React Flow let pointer events through to the nodes.
          onNodeClick={(_, node) => onSelect(node.id)}
          onInit={setFlow}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </SelectNodeContext.Provider>
  );
}
