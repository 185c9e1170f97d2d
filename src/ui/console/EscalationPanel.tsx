import { memo } from 'react';
import { formatGameTime, selectEscalation } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const selectLevels = ({ model, ctx }: DrillState) => selectEscalation(model, ctx);

export const EscalationPanel = memo(function EscalationPanel() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const levels = useDrillState(selectLevels, viewEqual);
  if (levels.length === 0) return null;
  return (
    <section className="panel escalation" aria-labelledby="esc-heading">
      <h2 id="esc-heading">Escalation</h2>
      <ul className="plain-list">
        {levels.map((l) => (
          <li key={l.id}>
            <strong>{l.name}</strong> <span className="badge">{l.status}</span>
            {l.description && <p className="muted small-text">{l.description}</p>}
            {l.status === 'available' && (
              <button
                type="button"
                onClick={() => session.send({ type: 'player.page', participant, level: l.id })}
              >
                Page {l.name}
              </button>
            )}
            {l.status === 'paged' && l.pagedAt !== null && (
              <p>
                Paged at {formatGameTime(l.pagedAt)}; expected to join at{' '}
                {formatGameTime(l.pagedAt + l.joinAfter)}
              </p>
            )}
            {l.status === 'joined' && l.joinedAt !== null && (
              <p>Joined at {formatGameTime(l.joinedAt)}</p>
            )}
            {l.status === 'locked' && l.lockedReasons.length > 0 && (
              <ul className="reasons">
                {l.lockedReasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});
