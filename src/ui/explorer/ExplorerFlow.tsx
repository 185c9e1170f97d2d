/**
 * The drawn graph: React Flow over the dagre layout (worked out in the explorer's worker),
 * opening on the start and par's first moves at a readable zoom (`firstView.ts`), with a
 * button to see the whole graph and one to come back. Nodes are buttons (see `FlowParts.tsx`);
 * React Flow's own node focus is off so Tab goes from one state button to the next.
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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExplorerGraph } from '../../engine/index.ts';
import { MoveEdgeView, SelectNodeContext, StateNodeView } from './FlowParts.tsx';
import { firstViewport } from './firstView.ts';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  flowElements,
  type MoveFlowEdge,
  type NodePositions,
  type StateFlowNode,
} from './layout.ts';

const nodeTypes: NodeTypes = { state: StateNodeView };
const edgeTypes: EdgeTypes = { move: MoveEdgeView };

/** A pane with no size yet (or in jsdom) has nothing to fit into: moving its view gives NaN. */
const hasSize = (box: HTMLElement | null): box is HTMLElement =>
  box !== null && box.clientWidth > 0 && box.clientHeight > 0;

export interface ExplorerFlowProps {
  graph: ExplorerGraph;
  /** Where each node goes (dagre's layout, from the worker). */
  positions: NodePositions;
  phaseName: (phase: string) => string;
  selectedId: string | null;
  /** A state to bring into view (chosen outside the graph, e.g. from the picker). */
  focusId?: string | null;
  onSelect: (id: string) => void;
}

export function ExplorerFlow({
  graph,
  positions,
  phaseName,
  selectedId,
  focusId,
  onSelect,
}: ExplorerFlowProps) {
  const laid = useMemo(
    () => flowElements(graph, positions, phaseName),
    [graph, positions, phaseName],
  );
  const [flow, setFlow] = useState<ReactFlowInstance<StateFlowNode, MoveFlowEdge> | null>(null);
  const pane = useRef<HTMLDivElement>(null);
  /** The first view (start and par's first moves); the whole graph when there is none. */
  const showStart = useCallback(
    (instance: ReactFlowInstance<StateFlowNode, MoveFlowEdge>, duration = 0) => {
      const box = pane.current;
      if (!hasSize(box)) return;
      const view = firstViewport(graph, positions, box.clientWidth, box.clientHeight);
      if (view) void instance.setViewport(view, { duration });
      else void instance.fitView({ padding: 0.1, duration });
    },
    [graph, positions],
  );
  // Opening (or switching to another scenario's graph) starts at the first view.
  useEffect(() => {
    if (flow) showStart(flow);
  }, [flow, showStart]);
  useEffect(() => {
    const node = laid.nodes.find((n) => n.id === focusId);
    if (!flow || !node || !hasSize(pane.current)) return;
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
    (): MoveFlowEdge[] =>
      laid.edges.map((e) => ({
        ...e,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      })),
    [laid],
  );
  return (
    <SelectNodeContext.Provider value={onSelect}>
      <div className="explorer-graph">
        <div className="explorer-view-controls" role="group" aria-label="Graph view">
          <button
            type="button"
            className="small"
            disabled={!flow}
            onClick={() => void flow?.fitView({ padding: 0.1, duration: 300 })}
          >
            Show whole graph
          </button>
          <button
            type="button"
            className="small"
            disabled={!flow}
            onClick={() => flow && showStart(flow, 300)}
          >
            Back to the start
          </button>
        </div>
        <div className="explorer-flow" data-testid="explorer-flow" ref={pane}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            colorMode="dark"
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
      </div>
    </SelectNodeContext.Provider>
  );
}
