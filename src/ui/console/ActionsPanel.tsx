/** What the acting participant can do, grouped by service. */
import {
  formatDuration,
  formatGameTime,
  selectActions,
  type ActionView,
} from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const STATUS_LABEL: Record<ActionView['status'], string> = {
  available: 'Available',
  locked: 'Locked',
  done: 'Done',
  'in-progress': 'In progress',
  busy: 'You are busy',
};

export function ActionsPanel() {
  const { session, model, ctx } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const actions = selectActions(model, ctx, participant);
  const groups = new Map<string, ActionView[]>();
  for (const a of actions) groups.set(a.serviceName, [...(groups.get(a.serviceName) ?? []), a]);
  const mine = ctx.inFlight[participant];

  return (
    <section className="panel actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <p className="muted">
        Acting as <strong>{participant}</strong>.{' '}
        {mine
          ? `Working on "${model.actions.get(mine.action)?.label ?? mine.action}" until ${formatGameTime(mine.completesAt)}.`
          : 'Free to start an action.'}
        {mine && (
          <button
            type="button"
            className="small"
            onClick={() => session.send({ type: 'player.cancel', participant })}
          >
            Cancel my action
          </button>
        )}
      </p>
      {[...groups].map(([service, list]) => (
        <div key={service} className="action-group">
          <h3>{service}</h3>
          <ul className="action-list">
            {list.map((a) => (
              <li key={a.id} className={`action status-${a.status}`}>
                <button
                  type="button"
                  disabled={a.status !== 'available'}
                  onClick={() => session.send({ type: 'player.start', participant, action: a.id })}
                >
                  <span className="action-label">{a.label}</span>
                  <span className="action-cost">{formatDuration(a.cost)}</span>
                </button>
                <span className={`badge status-badge-${a.status}`}>{STATUS_LABEL[a.status]}</span>
                {a.status === 'in-progress' && (
                  <span className="muted">
                    {' '}
                    {a.doneBy} — completes at {formatGameTime(a.completesAt ?? 0)}
                  </span>
                )}
                {a.status === 'locked' && a.lockedReasons.length > 0 && (
                  <ul className="reasons">
                    {a.lockedReasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                )}
                {a.description && a.status === 'available' && (
                  <p className="muted small-text">{a.description}</p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
