/**
 * The scenario explorer: every state a responder can reach, the moves between them, par,
 * traps and unreachable parts, and what the player sees at any state. Loaded lazily by
 * `App.tsx`, so React Flow and dagre are fetched only for this screen.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import {
  formatGameTime,
  type DrillSession,
  type ExplorerNode,
  type ScenarioModel,
} from '../../engine/index.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { entryLabel } from '../catalogue/origin.ts';
import { scenarioTextAt } from '../persistence/scenarioText.ts';
import { playtestAtPath, playtestFromAlert } from '../playtest/playtestSession.ts';
import { useAppStore } from '../store.ts';
import { ExplorerFlow } from './ExplorerFlow.tsx';
import { GraphSummary, Legend } from './GraphSummary.tsx';
import { NodePanel } from './NodePanel.tsx';
import { useExplorerGraph } from './useExplorerGraph.ts';
import './explorer.css';

const DifficultyPanel = lazy(() =>
  import('../difficulty/DifficultyPanel.tsx').then((m) => ({ default: m.DifficultyPanel })),
);

export interface ExplorerScreenProps {
  entries: CatalogueEntry[];
  /** Start a playtest on this session (built from the catalogue entry at `path`). */
  onPlaytest: (session: DrillSession, path: string) => void;
}

const nodeOption = (node: ExplorerNode, phaseName: string) =>
  `${node.onPar ? '★ ' : ''}${node.softLock ? '⊘ ' : ''}${node.id}: ${phaseName}, ${node.clues.length} clue(s), ${formatGameTime(node.time)}`;

export default function ExplorerScreen({ entries, onPlaytest }: ExplorerScreenProps) {
  const path = useAppStore((s) => s.explorerPath);
  const seed = useAppStore((s) => s.seed);
  const participant = useAppStore((s) => s.activeParticipant);
  const entry = entries.find((e) => e.path === path);
  const ok = entry?.status === 'ok' ? entry : null;
  const model = ok?.model ?? null;
  const state = useExplorerGraph(model, ok?.analysis ?? null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  // On phones the panel sits below the graph: bring the chosen state's view into sight.
  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id)
      requestAnimationFrame(() =>
        sideRef.current?.firstElementChild?.scrollIntoView?.({ block: 'nearest' }),
      );
  }, []);
  const [failure, setFailure] = useState<string | null>(null);
  const phaseName = useCallback((id: string) => model?.phases.get(id)?.name ?? id, [model]);

  if (!path) return <p className="panel">Choose a scenario to explore from the drills list.</p>;
  if (!entry || entry.status === 'loading') return <p role="status">Loading {entryLabel(path)}…</p>;
  if (!ok || !model)
    return (
      <p className="panel" role="alert">
        {entryLabel(path)} has problems: fix them in the authoring screen before exploring it.
      </p>
    );

  const ready = state.status === 'ready' ? state : null;
  const graph = ready?.graph ?? null;
  const selected = graph?.nodes.find((n) => n.id === selectedId) ?? null;
  const playtest = (steps: readonly string[]) => {
    const built = playtestAtPath(model, steps, { seed, participant });
    if (built.failure) setFailure(built.failure);
    else onPlaytest(built.session, path);
  };

  return (
    <div className="explorer">
      <div className="row spread explorer-head">
        <div>
          <p className="eyebrow">Scenario explorer</p>
          <h2>{model.file.title}</h2>
          {graph && (
            <p className="muted small-text">
              {graph.states} states, {graph.transitions} moves
              {graph.condensation === 'none' ? '' : ` (drawn as ${graph.nodes.length} nodes)`}
            </p>
          )}
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => onPlaytest(playtestFromAlert(model, seed), path)}
        >
          Playtest from the alert
        </button>
      </div>
      {failure && (
        <p className="badge danger" role="alert">
          Could not start the playtest: {failure}
        </p>
      )}
      {state.status === 'building' && <p role="status">Laying out the state graph…</p>}
      {state.status === 'error' && (
        <p role="alert" className="badge danger">
          The explorer failed: {state.message}
        </p>
      )}
      {ready && graph && (
        <>
          {graph.condensationNote && (
            <p className="explorer-note" role="note">
              {graph.condensationNote}
            </p>
          )}
          <label className="explorer-pick">
            Go to state
            <select
              value={selectedId ?? ''}
              onChange={(e) => {
                select(e.target.value || null);
                setFocusId(e.target.value || null);
              }}
            >
              <option value="">Choose a state…</option>
              {graph.nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {nodeOption(n, phaseName(n.phase))}
                </option>
              ))}
            </select>
          </label>
          <div className="explorer-body">
            <ExplorerFlow
              graph={graph}
              positions={ready.positions}
              phaseName={phaseName}
              selectedId={selectedId}
              focusId={focusId}
              onSelect={select}
            />
            <div className="explorer-side" ref={sideRef}>
              {selected && (
                <NodePanel
                  model={model}
                  graph={graph}
                  node={selected}
                  seed={seed}
                  participant={participant}
                  onPlaytest={playtest}
                  onClose={() => select(null)}
                />
              )}
              <GraphSummary graph={graph} model={model} />
              <Legend />
            </div>
          </div>
        </>
      )}
      <DifficultySection path={path} model={model} />
    </div>
  );
}

/** The difficulty simulation (another panel), opened on demand: it plays hundreds of drills. */
function DifficultySection({ path, model }: { path: string; model: ScenarioModel }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void scenarioTextAt(path, model.ref).then((t) => {
      if (live) setText(t);
    });
    return () => {
      live = false;
    };
  }, [open, path, model]);
  return (
    <section className="panel" aria-labelledby="explorer-difficulty-heading">
      <div className="row spread">
        <h2 id="explorer-difficulty-heading">Difficulty</h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide the simulation' : 'Simulate teams playing it'}
        </button>
      </div>
      {open && text === undefined && <p role="status">Reading the scenario…</p>}
      {open && text === null && (
        <p className="muted">The scenario text is not available here, so it cannot be simulated.</p>
      )}
      {open && text && (
        <Suspense fallback={<p role="status">Loading the simulation…</p>}>
          <DifficultyPanel text={text} fileName={entryLabel(path)} embedded />
        </Suspense>
      )}
    </section>
  );
}
