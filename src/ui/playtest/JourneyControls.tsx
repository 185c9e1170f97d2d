/**
 * Playtest moves through time: jump to any state the explorer graph can reach, or rewind to
 * any point of the journal. Each builds a new session; the console swaps it in.
 */
import { useState } from 'react';
import { formatGameTime, type DrillSession, type JournalEntry } from '../../engine/index.ts';
import { useExplorerGraph } from '../explorer/useExplorerGraph.ts';
import { useAppStore } from '../store.ts';
import { playtestAtPath, playtestRewound } from './playtestSession.ts';

export function describeJournalEntry(entry: JournalEntry): string {
  const e = entry.event;
  switch (e.type) {
    case 'player.acknowledge':
      return `${e.participant}: acknowledge the alert`;
    case 'player.start':
      return `${e.participant}: start ${e.action}`;
    case 'player.cancel':
      return `${e.participant}: cancel the action`;
    case 'player.declare':
      return `${e.participant}: declare ${e.hypothesis}`;
    case 'player.page':
      return `${e.participant}: page ${e.level}`;
    case 'player.status':
      return `${e.participant}: status update`;
    case 'player.note':
      return `${e.participant}: note`;
    case 'player.hint':
      return `${e.participant}: ask for a hint`;
    case 'facilitator.inject':
      return `facilitator: fire ${e.inject}`;
    case 'facilitator.skip':
      return `facilitator: skip ${Math.round(e.ms / 60000)} min`;
    default:
      return e.type.replace('facilitator.', 'facilitator: ');
  }
}

export interface JourneyProps {
  session: DrillSession;
  onReplaceSession: (session: DrillSession) => void;
}

export function JumpToState({ session, onReplaceSession }: JourneyProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const participant = useAppStore((s) => s.activeParticipant);
  const state = useExplorerGraph(open ? session.scenario : null, null);
  const model = session.scenario;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Jump to a reachable state…
      </button>
    );
  if (state.status !== 'ready')
    return (
      <p role="status">
        {state.status === 'error' ? `Failed: ${state.message}` : 'Exploring reachable states…'}
      </p>
    );
  const nodes = state.graph.nodes;
  const node = nodes.find((n) => n.id === chosen) ?? nodes[0];
  const jump = () => {
    if (!node) return;
    const built = playtestAtPath(model, node.path, {
      seed: session.seed,
      participant,
      from: session,
    });
    if (built.failure) setFailure(built.failure);
    else onReplaceSession(built.session);
  };
  return (
    <div className="row">
      <label>
        Reachable state
        <select value={node?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.onPar ? '★ ' : ''}
              {n.id}: {model.phases.get(n.phase)?.name ?? n.phase}, {n.clues.length} clue(s),{' '}
              {formatGameTime(n.time)}
              {n.path.length ? ` (${n.path.join(' → ')})` : ' (the alert)'}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={jump} disabled={!node}>
        Jump there
      </button>
      {failure && (
        <p className="badge danger" role="alert">
          Could not jump: {failure}
        </p>
      )}
    </div>
  );
}

export function RewindList({ session, onReplaceSession }: JourneyProps) {
  const journal = session.journal;
  return (
    <>
      <button type="button" onClick={() => onReplaceSession(playtestRewound(session, 0))}>
        Restart from the alert
      </button>
      <ol className="plain-list playtest-journal" aria-label="Journal entries">
        {journal.map((entry, i) => (
          <li key={i}>
            <time>{formatGameTime(entry.t)}</time> {describeJournalEntry(entry)}
            <button
              type="button"
              className="small"
              aria-label={`Rewind here: entry ${i + 1}, ${describeJournalEntry(entry)}`}
              onClick={() => onReplaceSession(playtestRewound(session, i + 1))}
            >
              Rewind here
            </button>
          </li>
        ))}
        {journal.length === 0 && <li className="muted">Nothing recorded yet.</li>}
      </ol>
    </>
  );
}
