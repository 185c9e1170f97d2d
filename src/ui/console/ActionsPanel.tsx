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

  const start = useCallback(
    (action: string) => session.send({ type: 'player.start', participant, action }),
    [session, participant],
  );

  return (
    <section className="panel actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <p className="muted">
        Acting as <strong>{participant}</strong>. One action at a time: the others wait until yours
        is done or cancelled.
      </p>
      {/* One line of fixed height, busy or not: the list below must not move when an action
          starts or stops (a moved list is laid out and painted again; bench: interaction). */}
      <p className="muted actions-now">
        <span className="actions-now-text">
          {mine
            ? `Busy until ${formatGameTime(mine.completesAt)} with "${mine.label}".`
            : 'Free to start an action.'}
        </span>
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
              <ActionRow key={a.id} action={a} onStart={start} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});

/**
 * One action: its button, then its status in a column of its own, then what it does. The
 * status column keeps the row's height when an action starts or ends, so the rows below stay
 * put; the description stays while the action runs for the same reason.
 */
const ActionRow = memo(
  function ActionRow({
    action: a,
    onStart,
  }: {
    action: ActionView;
    onStart: (id: string) => void;
  }) {
    const label = STATUS_LABEL[a.status];
    return (
      <li className={`action status-${a.status}`}>
        <button type="button" disabled={a.status !== 'available'} onClick={() => onStart(a.id)}>
          <span className="action-label">{a.label}</span>
          <span className="action-cost">{formatDuration(a.cost)}</span>
        </button>
        <p className="action-state">
          {label && <span className={`badge status-badge-${a.status}`}>{label}</span>}
          {a.status === 'in-progress' && (
            <span className="muted">
              {' '}
              {a.doneBy}, until {formatGameTime(a.completesAt ?? 0)}
            </span>
          )}
        </p>
        {a.status === 'locked' && a.lockedReasons.length > 0 && (
          <ul className="reasons">
            {a.lockedReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {a.description && a.status !== 'locked' && a.status !== 'done' && (
          <p className="muted small-text action-description">{a.description}</p>
        )}
      </li>
    );
  },
  (before, after) => before.onStart === after.onStart && viewEqual(before.action, after.action),
);
