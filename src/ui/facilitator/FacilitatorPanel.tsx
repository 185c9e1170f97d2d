/** Facilitator controls: time, injects, hints, ending the drill. Every act goes to the journal. */
import { useState } from 'react';
import { formatGameTime, pendingInjects, selectHintSchedule } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const SKIPS = [
  { label: '5 min', ms: 5 * 60_000 },
  { label: '15 min', ms: 15 * 60_000 },
  { label: '1 hour', ms: 60 * 60_000 },
];

export function FacilitatorPanel() {
  const { session, model, ctx, now, over } = useDrillView();
  const open = useAppStore((s) => s.facilitatorOpen);
  const paused = useAppStore((s) => s.paused);
  const { setPaused, toggleFacilitator } = useAppStore.getState();
  const [inject, setInject] = useState('');
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  if (!open) return null;
  const pending = pendingInjects(model, ctx);
  // A timed hint opens when the clock reaches it, not at the next engine event.
  const hint = selectHintSchedule(model, ctx);
  const hintOpen = hint.kind === 'now' || (hint.kind === 'at' && now >= hint.at);
  const chosen = pending.some((p) => p.id === inject) ? inject : (pending[0]?.id ?? '');

  const pauseResume = () => {
    session.send({ type: paused ? 'facilitator.resume' : 'facilitator.pause' });
    setPaused(!paused);
  };

  return (
    <aside className="panel facilitator" aria-labelledby="fac-heading">
      <div className="row spread">
        <h2 id="fac-heading">Facilitator</h2>
        <button type="button" onClick={toggleFacilitator}>
          Close
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={pauseResume} disabled={over}>
          {paused ? 'Resume drill' : 'Pause drill'}
        </button>
        {SKIPS.map((s) => (
          <button key={s.ms} type="button" onClick={() => session.skip(s.ms)} disabled={over}>
            Skip {s.label}
          </button>
        ))}
      </div>
      <div className="row">
        <label>
          Inject
          <select
            value={chosen}
            onChange={(e) => setInject(e.target.value)}
            disabled={!pending.length}
          >
            {pending.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.kind}
                {p.at !== null ? `, due ${formatGameTime(p.at)}` : ', conditional'})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!chosen || over}
          onClick={() => session.send({ type: 'facilitator.inject', inject: chosen })}
        >
          Fire inject now
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          disabled={!hintOpen || over}
          onClick={() => session.send({ type: 'facilitator.hint' })}
        >
          Reveal a hint
        </button>
        {confirmingEnd && !over ? (
          // Ending cannot be undone and sits beside everyday buttons on a shared screen.
          <span className="row" role="group" aria-label="Confirm ending the drill">
            <strong>End the drill for everyone?</strong>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirmingEnd(false);
                session.send({ type: 'facilitator.end', reason: 'ended by facilitator' });
              }}
            >
              Yes, end it now
            </button>
            <button type="button" onClick={() => setConfirmingEnd(false)}>
              Keep playing
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="danger"
            disabled={over}
            onClick={() => setConfirmingEnd(true)}
          >
            End the drill
          </button>
        )}
      </div>
    </aside>
  );
}
