/** What the acting participant can do, grouped by service. */
import { memo, useCallback, useMemo } from 'react';
import {
  formatDuration,
  formatGameTime,
  selectActions,
  type ActionView,
} from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

/**
 * Badges only where the button alone does not say it. No "Available" or "busy" badge: starting
 * an action would otherwise rewrite a badge on every row (a layout and repaint of the whole
 * list on that click, bench: interaction), and the line above the list says why they wait.
 */
const STATUS_LABEL: Partial<Record<ActionView['status'], string>> = {
  locked: 'Locked',
  done: 'Done',
  'in-progress': 'In progress',
};

export const ActionsPanel = memo(function ActionsPanel() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const { actions, mine } = useDrillState(
    useCallback(
      ({ model, ctx }: DrillState) => {
        const work = ctx.inFlight[participant];
        return {
          actions: selectActions(model, ctx, participant),
          mine: work
            ? {
                label: model.actions.get(work.action)?.label ?? work.action,
                completesAt: work.completesAt,
              }
            : null,
        };
      },
      [participant],
    ),
    viewEqual,
  );
  const groups = useMemo(() => {
    const byService = new Map<string, ActionView[]>();
    for (const a of actions)
      byService.set(a.serviceName, [...(byService.get(a.serviceName) ?? []), a]);
    return [...byService];
  }, [actions]);

  return (
    <section className="panel actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <p className="muted">
        Acting as <strong>{participant}</strong>.{' '}
        {mine
          ? `Working on "${mine.label}" until ${formatGameTime(mine.completesAt)}; other actions wait until it is done or cancelled.`
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
      {groups.map(([service, list]) => (
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
                {STATUS_LABEL[a.status] && (
                  <span className={`badge status-badge-${a.status}`}>{STATUS_LABEL[a.status]}</span>
                )}
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
                {/* Kept while you are busy: starting an action must not collapse the list. */}
                {a.description && (a.status === 'available' || a.status === 'busy') && (
                  <p className="muted small-text">{a.description}</p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
