/**
 * The explorer's custom React Flow parts: a state node (a button, so the graph can be walked
 * with the keyboard) and a move edge that carries its markers as attributes, text and dashes,
 * never as colour alone.
 */
import {
  BaseEdge,
  Handle,
  Position,
  getBezierPath,
  type EdgeProps,
  type NodeProps,
} from '@xyflow/react';
import { createContext, useContext } from 'react';
import { formatGameTime } from '../../engine/index.ts';
import type { MoveFlowEdge, StateFlowNode } from './layout.ts';

/** Selecting a node from inside React Flow's node renderer. */
export const SelectNodeContext = createContext<(id: string) => void>(() => {});

export function nodeMarkers(node: StateFlowNode['data']['node']): string[] {
  const marks: string[] = [];
  if (node.start) marks.push('start');
  if (node.onPar) marks.push('★ par');
  if (node.outcome === 'resolved') marks.push('✓ resolved');
  if (node.softLock) marks.push('⊘ soft-lock');
  if (node.members > 1) marks.push(`${node.members} states`);
  return marks;
}

export function StateNodeView({ data }: NodeProps<StateFlowNode>) {
  const select = useContext(SelectNodeContext);
  const { node, selected, phaseName } = data;
  const classes = [
    'state-node',
    // React Flow: pressing a state button neither pans nor drags the view.
    'nopan nodrag',
    node.onPar && 'on-par',
    node.softLock && 'soft-lock',
    node.outcome === 'resolved' && 'resolved',
    selected && 'selected',
  ].filter(Boolean);
  const marks = nodeMarkers(node);
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <button
        type="button"
        className={classes.join(' ')}
        data-node-id={node.id}
        data-par={node.onPar ? 'true' : 'false'}
        aria-pressed={selected}
        onClick={() => select(node.id)}
      >
        <span className="state-node-phase">{phaseName}</span>
        <span className="state-node-facts">
          {node.clues.length} clue{node.clues.length === 1 ? '' : 's'} · {formatGameTime(node.time)}
        </span>
        {marks.length > 0 && <span className="state-node-marks">{marks.join(' · ')}</span>}
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

/**
 * Most characters of a label drawn on an edge: at 11 px it then fits the gap between two
 * ranks (`RANK_GAP` in layout.ts) instead of running over the states on either side. The
 * par list beside the graph and the state panel give the full labels.
 */
export const EDGE_LABEL_CHARS = 18;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clipLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * Short text drawn on an edge: the par step with its markers, or only the icon of a harmful
 * or red-herring move elsewhere (full words would bury the graph; the node panel spells them).
 */
export function edgeText(edge: MoveFlowEdge['data']): string | undefined {
  if (!edge) return undefined;
  const e = edge.edge;
  if (e.onPar) {
    const marks = [e.harmful ? '⚠' : '', e.redHerring ? '✗' : ''].join('');
    return `${marks ? `${marks} ` : ''}${clipLabel(e.label, EDGE_LABEL_CHARS - (marks ? 3 : 0))}`;
  }
  return [e.harmful ? '⚠' : '', e.redHerring ? '✗' : ''].join('') || undefined;
}

export function MoveEdgeView(props: EdgeProps<MoveFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const e = props.data?.edge;
  const classes = [
    'move-edge',
    e?.onPar && 'on-par',
    e?.redHerring && 'red-herring',
    e?.harmful && 'harmful',
    e?.kind === 'wait' && 'wait',
  ].filter(Boolean);
  const label = edgeText(props.data);
  return (
    <BaseEdge
      path={path}
      labelX={labelX}
      labelY={labelY}
      {...(label ? { label } : {})}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={4}
      markerEnd={props.markerEnd}
      className={classes.join(' ')}
      data-par={e?.onPar ? 'true' : 'false'}
      data-edge-id={props.id}
    />
  );
}
