/**
 * What the player sees at one state of the graph: the state is rebuilt by running its path on
 * a fresh session, and shown through the same engine selectors the console uses.
 */
import { useMemo } from 'react';
import {
  formatClock,
  formatGameTime,
  runPath,
  selectActions,
  selectClues,
  selectEscalation,
  selectFeed,
  type ExplorerGraph,
  type ExplorerNode,
  type ScenarioModel,
} from '../../engine/index.ts';
import { nodeMarkers } from './FlowParts.tsx';

export interface NodePanelProps {
  model: ScenarioModel;
  graph: ExplorerGraph;
  node: ExplorerNode;
  seed: number;
  participant: string;
  onPlaytest: (path: readonly string[]) => void;
  onClose: () => void;
}

export function NodePanel({
  model,
  graph,
  node,
  seed,
  participant,
  onPlaytest,
  onClose,
}: NodePanelProps) {
  const view = useMemo(() => {
    const { session, failure } = runPath(model, node.path, { seed, participant });
    const ctx = session.context();
    const clues = selectClues(model, ctx);
    const sameFacts =
      ctx.phase === node.phase &&
      clues.length === node.clues.length &&
      node.escalations.every((e) => (ctx.escalations[e.level]?.joinedAt != null) === e.joined);
    return {
      now: session.now(),
      phase: model.phases.get(ctx.phase),
      clues,
      actions: selectActions(model, ctx, participant),
      escalation: selectEscalation(model, ctx),
      injects: selectFeed(ctx).filter((e) => e.kind === 'inject'),
      failure,
      sameFacts,
    };
  }, [model, node, seed, participant]);
  const available = view.actions.filter((a) => a.status === 'available');
  const locked = view.actions.filter((a) => a.status === 'locked');
  const out = graph.edges.filter((e) => e.source === node.id);
  const action = (id: string | null) => (id ? model.actions.get(id) : undefined);
  const marks = nodeMarkers(node);

  return (
    <section className="panel explorer-node" aria-labelledby="explorer-node-heading">
      <div className="row spread">
        <h2 id="explorer-node-heading">What the player sees here</h2>
        <button type="button" className="small" onClick={onClose}>
          Close
        </button>
      </div>
      {marks.length > 0 && <p className="explorer-marks">{marks.join(' · ')}</p>}
      <dl className="explorer-facts">
        <div>
          <dt>Phase</dt>
          <dd>
            {view.phase?.name ?? node.phase} <span className="muted">({view.phase?.kind})</span>
          </dd>
        </div>
        <div>
          <dt>Clock</dt>
          <dd>
            <time>{formatGameTime(view.now)}</time>{' '}
            <span className="muted">({formatClock(view.now)})</span>
          </dd>
        </div>
      </dl>
      {view.failure && (
        <p className="badge danger" role="alert">
          The path could not be replayed: step {view.failure.index + 1} ({view.failure.step}):{' '}
          {view.failure.reason}
        </p>
      )}
      {!view.sameFacts && (
        <p className="explorer-note">
          In a real run, things due at the same moment (or during the last action) have happened
          too: this view shows the state after them.
        </p>
      )}
      <h3>Path from the alert</h3>
      {node.path.length === 0 ? (
        <p className="muted">The alert, just acknowledged.</p>
      ) : (
        <ol className="explorer-path">
          {node.path.map((step, i) => (
            <li key={i}>
              <code>{step}</code>
            </li>
          ))}
        </ol>
      )}
      <h3>Evidence found ({view.clues.length})</h3>
      <ul className="plain-list">
        {view.clues.map((c) => (
          <li key={c.id}>
            {c.title}
            {model.clues.get(c.id)?.redHerring && <span className="badge warn">✗ red herring</span>}
          </li>
        ))}
        {view.clues.length === 0 && <li className="muted">None yet.</li>}
      </ul>
      <h3>Available actions ({available.length})</h3>
      <ul className="plain-list">
        {available.map((a) => (
          <li key={a.id}>
            {a.label}
            {action(a.id)?.harmful !== undefined && <span className="badge danger">⚠ harmful</span>}
          </li>
        ))}
      </ul>
      <h3>Locked actions ({locked.length})</h3>
      <ul className="plain-list">
        {locked.map((a) => (
          <li key={a.id}>
            {a.label} <span className="muted small-text">{a.lockedReasons.join('; ')}</span>
          </li>
        ))}
      </ul>
      <h3>Escalation</h3>
      <ul className="plain-list">
        {view.escalation.map((e) => (
          <li key={e.id}>
            {e.name}: <strong>{e.status}</strong>
          </li>
        ))}
        {view.escalation.length === 0 && <li className="muted">No escalation levels.</li>}
      </ul>
      <h3>Injects so far ({view.injects.length})</h3>
      <ul className="plain-list">
        {view.injects.map((e, i) => (
          <li key={i}>
            <time>{formatGameTime(e.t)}</time> {e.text}
          </li>
        ))}
        {view.injects.length === 0 && <li className="muted">None yet.</li>}
      </ul>
      <h3>Moves from here ({out.length})</h3>
      <ul className="plain-list">
        {out.map((e) => (
          <li key={e.id}>
            {e.label}
            {e.onPar && <span className="badge ok">★ par</span>}
            {e.redHerring && <span className="badge warn">✗ red herring</span>}
            {e.harmful && <span className="badge danger">⚠ harmful</span>}
          </li>
        ))}
        {out.length === 0 && (
          <li className="muted">None: the drill ends here or cannot move on.</li>
        )}
      </ul>
      <button type="button" className="primary" onClick={() => onPlaytest(node.path)}>
        Playtest from here
      </button>
    </section>
  );
}
