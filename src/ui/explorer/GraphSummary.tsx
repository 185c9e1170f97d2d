/** The explorer's side panel: legend, par path, warnings, and what can never be reached. */
import { formatDuration, type ExplorerGraph, type ScenarioModel } from '../../engine/index.ts';

export function Legend() {
  return (
    <section className="panel explorer-legend" aria-labelledby="explorer-legend-heading">
      <h2 id="explorer-legend-heading">Legend</h2>
      <ul className="plain-list">
        <li>
          <span className="legend-swatch par" aria-hidden="true" /> ★ par: the fastest way to
          resolve (thick line, outlined state)
        </li>
        <li>
          <span className="legend-swatch red-herring" aria-hidden="true" /> ✗ red herring: reveals a
          misleading clue or declares a wrong cause (dashed)
        </li>
        <li>
          <span className="legend-swatch harmful" aria-hidden="true" /> ⚠ harmful: makes things
          worse (dotted)
        </li>
        <li>
          <span className="legend-swatch wait" aria-hidden="true" /> waiting: a team joins, an
          inject fires (thin)
        </li>
        <li>⊘ soft-lock: the incident can no longer be resolved from that state</li>
      </ul>
    </section>
  );
}

function IdList({
  title,
  ids,
  name,
}: {
  title: string;
  ids: string[];
  name: (id: string) => string;
}) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list">
        {ids.map((id) => (
          <li key={id}>
            {name(id)} <code className="muted">{id}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

export function GraphSummary({ graph, model }: { graph: ExplorerGraph; model: ScenarioModel }) {
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const actionName = (id: string) => model.actions.get(id)?.label ?? id;
  const u = graph.unreachable;
  const unreachableCount = u
    ? u.actions.length + u.clues.length + u.injects.length + u.levels.length + u.phases.length
    : 0;
  return (
    <>
      <section className="panel" aria-labelledby="explorer-par-heading">
        <h2 id="explorer-par-heading">Par path</h2>
        {graph.par ? (
          <>
            <p>
              Resolved in <strong>{formatDuration(graph.par.time)}</strong> by one responder
              {graph.par.traced ? '' : ' (could not be traced in the graph)'}.
            </p>
            <ol className="explorer-par-list" data-par-edges={graph.par.edgeIds.length}>
              {graph.par.edgeIds.map((id) => (
                <li key={id}>{edgeById.get(id)?.label ?? id}</li>
              ))}
            </ol>
          </>
        ) : (
          <p className="badge danger">No par: nothing resolves this incident.</p>
        )}
      </section>
      <section className="panel" aria-labelledby="explorer-warnings-heading">
        <h2 id="explorer-warnings-heading">Warnings</h2>
        {graph.warnings.length === 0 ? (
          <p>
            <span className="badge ok">✓ none</span> Every part is reachable and no state is a
            soft-lock.
          </p>
        ) : (
          <ul className="plain-list explorer-warnings">
            {graph.warnings.map((w) => (
              <li key={w}>
                <span className="badge warn">⚠ warning</span> {w}
              </li>
            ))}
          </ul>
        )}
        <h3>Unreachable ({u ? unreachableCount : 'unknown'})</h3>
        {!u && <p className="muted">Unknown: the state graph is incomplete.</p>}
        {u && unreachableCount === 0 && (
          <p className="muted">Nothing: every part can be reached.</p>
        )}
        {u && (
          <div aria-label="Unreachable parts" role="group">
            <IdList title="Actions" ids={u.actions} name={actionName} />
            <IdList title="Clues" ids={u.clues} name={(id) => model.clues.get(id)?.title ?? id} />
            <IdList
              title="Injects"
              ids={u.injects}
              name={(id) => model.injects.get(id)?.title ?? id}
            />
            <IdList
              title="Escalation levels"
              ids={u.levels}
              name={(id) => model.escalation.get(id)?.name ?? id}
            />
            <IdList title="Phases" ids={u.phases} name={(id) => model.phases.get(id)?.name ?? id} />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="explorer-traps-heading">
        <h2 id="explorer-traps-heading">Traps a team can walk into</h2>
        <IdList title="✗ Red-herring actions" ids={graph.redHerringActions} name={actionName} />
        <IdList
          title="✗ Red-herring clues"
          ids={graph.redHerringClues}
          name={(id) => model.clues.get(id)?.title ?? id}
        />
        <IdList title="⚠ Harmful actions" ids={graph.harmfulActions} name={actionName} />
        {graph.redHerringActions.length +
          graph.redHerringClues.length +
          graph.harmfulActions.length ===
          0 && <p className="muted">None reachable.</p>}
      </section>
    </>
  );
}
