/**
 * The playtest panel: the console's hidden facts for authors (root cause, red herrings,
 * inject timings, action effects, the next par step) and moves through time. Loaded lazily by
 * the console only when the drill is a playtest.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  formatGameTime,
  nextParStep,
  playtestView,
  type DrillSession,
  type NextParStep,
} from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';
import { JumpToState, RewindList } from './JourneyControls.tsx';
import './playtest.css';

export interface PlaytestPanelProps {
  onReplaceSession: (session: DrillSession) => void;
}

/** Facts that change what par can do next (clock moves alone do not). */
function factsSignature(ctx: ReturnType<typeof useDrillView>['ctx']): string {
  return JSON.stringify([
    ctx.phase,
    ctx.acknowledgedAt !== null,
    Object.keys(ctx.clues),
    ctx.completed,
    Object.values(ctx.inFlight).map((w) => w.action),
    Object.entries(ctx.escalations).map(([id, e]) => [id, e.joinedAt !== null]),
    Object.keys(ctx.injectsFired),
    Object.keys(ctx.injectsArmed),
    ctx.flags,
    ctx.hypothesis,
  ]);
}

function useNextParStep(session: DrillSession, signature: string): NextParStep | null {
  const [result, setResult] = useState<{ key: string; next: NextParStep } | null>(null);
  useEffect(() => {
    // Deferred: a search on a big scenario takes a moment; the console stays responsive.
    const timer = setTimeout(() => setResult({ key: signature, next: nextParStep(session) }), 0);
    return () => clearTimeout(timer);
  }, [session, signature]);
  return result?.key === signature ? result.next : null;
}

export default function PlaytestPanel({ onReplaceSession }: PlaytestPanelProps) {
  const { session, model, ctx } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const signature = factsSignature(ctx);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the facts change
  const view = useMemo(() => playtestView(session, participant), [session, participant, signature]);
  const next = useNextParStep(session, signature);
  const stepLabel = (step: string) => {
    const action = model.actions.get(step);
    return action ? `${action.label} (${step})` : step;
  };

  return (
    <aside className="panel playtest" aria-labelledby="playtest-heading">
      <div className="row spread">
        <h2 id="playtest-heading">Playtest: hidden information</h2>
        <div className="row">
          <span className="badge warn">Not recorded in history</span>
          {/* The console has no way out of a drill but ending it: authors go back to the graph. */}
          <button type="button" onClick={() => useAppStore.getState().go('explorer')}>
            Back to the explorer
          </button>
        </div>
      </div>
      <div className="playtest-grid">
        <section aria-labelledby="pt-root" tabIndex={0}>
          <h3 id="pt-root">Root cause</h3>
          <p>
            <strong>{view.rootCause.label}</strong>: {view.rootCause.summary}
          </p>
          <p className="muted small-text">Fix: {view.rootCause.fix}</p>
          <h3>Next par step</h3>
          {next === null ? (
            <p role="status">Searching…</p>
          ) : next.step ? (
            <p data-testid="next-par-step">
              {next.waitedFor.length > 0 && (
                <span className="muted">After {next.waitedFor.join(', ')} completes: </span>
              )}
              <strong>{stepLabel(next.step)}</strong>
              {next.resolvesAt !== null && (
                <span className="muted">
                  {' '}
                  (resolved at {formatGameTime(next.resolvesAt)} on par)
                </span>
              )}
            </p>
          ) : (
            <p data-testid="next-par-step">
              {next.complete
                ? 'None: nothing resolves the incident from here.'
                : 'Search bound reached.'}
            </p>
          )}
          <h3>Clues</h3>
          <ul className="plain-list">
            {view.clues.map((c) => (
              <li key={c.id}>
                {c.foundAt !== null ? (
                  <span className="badge ok">✓ found {formatGameTime(c.foundAt)}</span>
                ) : (
                  <span className="badge">not found</span>
                )}{' '}
                {c.title}
                {c.redHerring && <span className="badge warn">✗ red herring</span>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="pt-injects" tabIndex={0}>
          <h3 id="pt-injects">Pending injects</h3>
          <ul className="plain-list">
            {view.pendingInjects.map((i) => (
              <li key={i.id}>
                {i.title} <span className="muted">({i.kind})</span>
                <br />
                <span className="small-text">
                  {i.dueAt !== null ? `due ${formatGameTime(i.dueAt)}` : 'not due yet'}
                  {i.condition && ` · when ${i.condition}`}
                  {i.armed && ' · armed'}
                  {i.effects.length > 0 && ` · ${i.effects.join('; ')}`}
                </span>
              </li>
            ))}
            {view.pendingInjects.length === 0 && <li className="muted">All injects have fired.</li>}
          </ul>
          <h3>Actions</h3>
          <ul className="plain-list">
            {view.actions.map((a) => (
              <li key={a.id}>
                {a.label} <span className="muted small-text">({a.status})</span>
                {a.harmful && <span className="badge danger">⚠ harmful</span>}
                {a.resolves && <span className="badge ok">✓ resolves</span>}
                <br />
                <span className="small-text">
                  {a.effects.length ? a.effects.join('; ') : 'no effect on the world'}
                  {a.requires && ` · needs ${a.requires}`}
                  {a.harmful && ` · ${a.harmful}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="pt-time" tabIndex={0}>
          <h3 id="pt-time">Jump or rewind</h3>
          <JumpToState session={session} onReplaceSession={onReplaceSession} />
          <RewindList session={session} onReplaceSession={onReplaceSession} />
        </section>
      </div>
    </aside>
  );
}
