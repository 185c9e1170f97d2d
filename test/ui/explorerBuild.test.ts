import { runPath, type ScenarioModel } from '../../src/engine/index.ts';
import {
  buildExplorer,
  type ExplorerBuildRequest,
  type ExplorerBuildResult,
} from '../../src/ui/explorer/buildExplorer.ts';
import {
  FIRST_VIEW_MAX_ZOOM,
  FIRST_VIEW_MARGIN,
  FIRST_VIEW_MIN_ZOOM,
  firstViewChain,
  firstViewport,
} from '../../src/ui/explorer/firstView.ts';
import { NODE_HEIGHT, NODE_WIDTH, type NodePositions } from '../../src/ui/explorer/layout.ts';
import { workerBuilder } from '../../src/ui/explorer/useExplorerGraph.ts';
import { modelFrom } from './drillFixtures.tsx';

const built = (model: ScenarioModel = modelFrom()) => {
  const result = buildExplorer({ model, analysis: null });
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('Explorer build (what the worker runs)', () => {
  it('sends back plain data: a structured clone is equal, and its paths replay on the model', () => {
    const model = modelFrom();
    const result = built(model);
    const sent = structuredClone(result);
    expect(sent).toEqual(result);
    expect(sent.graph.nodes).toHaveLength(20);
    expect(Object.keys(sent.positions).sort()).toEqual(sent.graph.nodes.map((n) => n.id).sort());
    // The node panel replays a node from its path alone.
    const target = sent.graph.nodes.find((n) => n.clues.length === 2)!;
    const { session, failure } = runPath(model, target.path);
    expect(failure).toBeNull();
    expect(Object.keys(session.context().clues)).toHaveLength(2);
  });

  it('builds from a cloned model, as the worker receives it', () => {
    const model = modelFrom();
    expect(structuredClone(built(model))).toEqual(built(structuredClone(model)));
  });

  it('reports a failure as a message instead of throwing', () => {
    const model = modelFrom();
    const broken = { ...model, file: { ...model.file, actions: undefined } } as never;
    const result = buildExplorer({ model: broken, analysis: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
  });

  it('puts par on one straight row above every other state, left to right', () => {
    const { graph, positions } = built();
    const par = graph.par!.nodeIds;
    expect(par.length).toBeGreaterThanOrEqual(4);
    const laneY = positions[par[0]!]!.y;
    for (const id of par) expect(positions[id]!.y).toBe(laneY);
    par
      .slice(1)
      .forEach((id, i) =>
        expect(positions[id]!.x).toBeGreaterThanOrEqual(positions[par[i]!]!.x + NODE_WIDTH),
      );
    for (const node of graph.nodes.filter((n) => !par.includes(n.id)))
      expect(positions[node.id]!.y).toBeGreaterThanOrEqual(laneY + NODE_HEIGHT);
  });
});

describe('First view of the graph', () => {
  /** Screen box of a node under `view`. */
  const onScreen = (
    at: NodePositions[string],
    view: { x: number; y: number; zoom: number },
    w: number,
    h: number,
  ) => {
    const left = view.x + at.x * view.zoom;
    const top = view.y + at.y * view.zoom;
    return (
      left >= 0 &&
      top >= 0 &&
      left + NODE_WIDTH * view.zoom <= w &&
      top + NODE_HEIGHT * view.zoom <= h
    );
  };

  it('opens on the start and the first par states that fit at a readable zoom', () => {
    const { graph, positions } = built();
    const chain = firstViewChain(graph);
    expect(chain[0]).toBe(graph.rootId);
    const view = firstViewport(graph, positions, 880, 576)!;
    expect(view.zoom).toBeGreaterThanOrEqual(FIRST_VIEW_MIN_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(FIRST_VIEW_MAX_ZOOM);
    const shown = chain.filter((id) => onScreen(positions[id]!, view, 880, 576));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown).toEqual(chain.slice(0, shown.length)); // a prefix of par, start first
    // Not the whole graph: some states are left for panning or "Show whole graph".
    expect(graph.nodes.some((n) => !onScreen(positions[n.id]!, view, 880, 576))).toBe(true);
  });

  it('puts the start at the left edge of a phone-sized pane, still readable', () => {
    const { graph, positions } = built();
    const view = firstViewport(graph, positions, 366, 500)!;
    expect(view.zoom).toBeGreaterThanOrEqual(FIRST_VIEW_MIN_ZOOM);
    const start = positions[graph.rootId!]!;
    expect(view.x + start.x * view.zoom).toBeCloseTo(FIRST_VIEW_MARGIN);
    expect(onScreen(start, view, 366, 500)).toBe(true);
  });

  it('falls back to the start and its next states without par, and to nothing without a size', () => {
    const { graph, positions } = built();
    const noPar = { ...graph, par: null };
    const chain = firstViewChain(noPar);
    expect(chain[0]).toBe(graph.rootId);
    expect(chain.slice(1).sort()).toEqual(
      [
        ...new Set(graph.edges.filter((e) => e.source === graph.rootId).map((e) => e.target)),
      ].sort(),
    );
    expect(firstViewport(noPar, positions, 880, 576)).not.toBeNull();
    expect(firstViewport(graph, positions, 0, 0)).toBeNull();
    expect(firstViewport({ ...noPar, rootId: null }, positions, 880, 576)).toBeNull();
  });
});

/** A stand-in Worker that answers like explorer.worker.ts, through structured clones. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static crash = false;
  onmessage: ((event: { data: ExplorerBuildResult }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  terminated = false;
  received: ExplorerBuildRequest | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: ExplorerBuildRequest) {
    this.received = structuredClone(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.crash) this.onerror?.({ preventDefault: () => {} });
      else this.onmessage?.({ data: structuredClone(buildExplorer(this.received!)) });
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('Explorer worker protocol (workerBuilder)', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    FakeWorker.crash = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts the model and analysis, resolves with the reply and ends the worker', async () => {
    const model = modelFrom();
    const result = await workerBuilder({ model, analysis: null }, new AbortController().signal);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.received?.model.ref).toEqual(model.ref);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(result).toEqual(built(model));
  });

  it('ends the worker and rejects with an AbortError when the build is no longer wanted', async () => {
    const controller = new AbortController();
    const pending = workerBuilder({ model: modelFrom(), analysis: null }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('builds on the main thread when the worker cannot run', async () => {
    FakeWorker.crash = true;
    const model = modelFrom();
    const result = await workerBuilder({ model, analysis: null }, new AbortController().signal);
    expect(result).toEqual(built(model));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});
