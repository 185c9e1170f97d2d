/**
 * Where the explorer's graph opens: at the start state and par's first moves, at a zoom where
 * the labels can be read, instead of the whole graph shrunk to a blur (the web-stack graph
 * has 62 nodes). "Show whole graph" fits everything afterwards.
 */
import type { Viewport } from '@xyflow/react';
import type { ExplorerGraph } from '../../engine/index.ts';
import { NODE_HEIGHT, NODE_WIDTH, type NodePositions } from './layout.ts';

/** Lowest first-view zoom: node text (12 px) and edge labels (11 px) stay about 10 px or more. */
export const FIRST_VIEW_MIN_ZOOM = 0.9;
/** Highest first-view zoom: a short graph is not blown up. */
export const FIRST_VIEW_MAX_ZOOM = 1.2;
/** Screen pixels kept free around the first view's nodes. */
export const FIRST_VIEW_MARGIN = 24;

/** The start state, then par's states in order (or, without par, the start's next states). */
export function firstViewChain(graph: ExplorerGraph): string[] {
  const par = graph.par?.traced ? graph.par.nodeIds : [];
  if (par.length > 0) return par;
  if (!graph.rootId) return [];
  const next = graph.edges.filter((e) => e.source === graph.rootId).map((e) => e.target);
  return [...new Set([graph.rootId, ...next])];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boxOf(ids: readonly string[], positions: NodePositions): Box | null {
  const at = ids.map((id) => positions[id]).filter((p) => p !== undefined);
  if (at.length === 0) return null;
  return {
    minX: Math.min(...at.map((p) => p.x)),
    minY: Math.min(...at.map((p) => p.y)),
    maxX: Math.max(...at.map((p) => p.x + NODE_WIDTH)),
    maxY: Math.max(...at.map((p) => p.y + NODE_HEIGHT)),
  };
}

const zoomToFit = (box: Box, width: number, height: number) =>
  Math.min(
    (width - 2 * FIRST_VIEW_MARGIN) / (box.maxX - box.minX),
    (height - 2 * FIRST_VIEW_MARGIN) / (box.maxY - box.minY),
    FIRST_VIEW_MAX_ZOOM,
  );

/**
 * Screen y of the view: the nodes near the top (par runs along the top of the layout, so the
 * rest of the pane shows the moves branching off below it), or centred if that is higher.
 */
const top = (box: Box, zoom: number, height: number) =>
  Math.min(2 * FIRST_VIEW_MARGIN, (height - (box.maxY - box.minY) * zoom) / 2) - box.minY * zoom;

/**
 * The first viewport for a pane of `width` x `height` pixels: the longest start of the chain
 * (see {@link firstViewChain}) that fits at {@link FIRST_VIEW_MIN_ZOOM} or more, centred across
 * and near the top. When only the start state fits (a phone), it sits at the left edge so the
 * first move shows beside it, hinting that the graph goes on. Null when there is nothing to
 * aim at or the pane has no size yet.
 */
export function firstViewport(
  graph: ExplorerGraph,
  positions: NodePositions,
  width: number,
  height: number,
): Viewport | null {
  const chain = firstViewChain(graph).filter((id) => positions[id] !== undefined);
  if (chain.length === 0 || width <= 0 || height <= 0) return null;
  for (let count = chain.length; count >= 2; count--) {
    const box = boxOf(chain.slice(0, count), positions)!;
    const zoom = zoomToFit(box, width, height);
    if (zoom < FIRST_VIEW_MIN_ZOOM) continue;
    return {
      zoom,
      x: (width - (box.maxX - box.minX) * zoom) / 2 - box.minX * zoom,
      y: top(box, zoom, height),
    };
  }
  const start = boxOf(chain.slice(0, 1), positions)!;
  const zoom = Math.max(FIRST_VIEW_MIN_ZOOM, Math.min(1, zoomToFit(start, width, height)));
  return {
    zoom,
    x: FIRST_VIEW_MARGIN - start.minX * zoom,
    y: top(start, zoom, height),
  };
}
