import { memo } from 'react';
import { formatGameTime, selectHypotheses } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const selectBoard = ({ model, ctx }: DrillState) => selectHypotheses(model, ctx);

export const HypothesisBoard = memo(function HypothesisBoard() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const { current, options, history } = useDrillState(selectBoard, viewEqual);
  return (
    <section className="panel hypotheses" aria-labelledby="hyp-heading">
      <h2 id="hyp-heading">Hypothesis</h2>
      <p>
        Working theory:{' '}
        <strong>{options.find((o) => o.id === current)?.label ?? 'none declared'}</strong>
      </p>
      <ul className="hyp-options">
        {options.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              aria-pressed={o.id === current}
              disabled={o.id === current}
              onClick={() =>
                session.send({ type: 'player.declare', participant, hypothesis: o.id })
              }
            >
              {o.id === current ? `Current: ${o.label}` : `Declare: ${o.label}`}
            </button>
            {o.description && <p className="muted small-text">{o.description}</p>}
          </li>
        ))}
      </ul>
      {history.length > 0 && (
        <>
          <h3>History</h3>
          <ol className="plain-list">
            {history.map((h, i) => (
              <li key={i}>
                {formatGameTime(h.t)} — {h.participant}: {h.label}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
