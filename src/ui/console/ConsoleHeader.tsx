/** Incident clock, time controls, impact meter and progress. */
import { memo } from 'react';
import { formatClock, formatDuration, formatGameTime, impactAt } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillTime, useSession, type DrillView } from '../session/useDrill.ts';
import { SPEEDS, useAppStore } from '../store.ts';
import { formatMoney } from './format.ts';

/** Everything the header shows: it follows the clock, so it is kept small and flat. */
function selectStatus({ session, model, ctx, now, over }: DrillView) {
  const impact = impactAt(model, ctx, now);
  const next = session.nextEventAt();
  return {
    now,
    over,
    next: next === null ? null : Math.max(0, next - now),
    users: Math.round(impact.usersAffected * 100),
    cost: impact.cost,
    phase: model.phases.get(ctx.phase)?.name ?? ctx.phase,
    found: Object.keys(ctx.clues).length,
  };
}

export const ConsoleHeader = memo(function ConsoleHeader() {
  const session = useSession();
  const { file } = session.scenario;
  const { now, over, next, users, cost, phase, found } = useDrillTime(selectStatus, viewEqual);
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.paused);
  const facilitatorOpen = useAppStore((s) => s.facilitatorOpen);
  const { setSpeed, setPaused, toggleFacilitator } = useAppStore.getState();

  return (
    <header className="console-header panel" aria-label="Incident status">
      <div className="clock">
        <span className="clock-face" aria-label={`Incident clock ${formatClock(now)}`}>
          {formatClock(now)}
        </span>
        <span className="muted">{formatGameTime(now)}</span>
        <span className={`badge ${paused ? 'warn' : 'ok'}`}>{paused ? 'Paused' : 'Running'}</span>
      </div>
      <div className="controls row">
        <label>
          Speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPaused(!paused)} aria-pressed={paused}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={() => session.jumpToNext()} disabled={next === null || over}>
          Jump to next event
          {next !== null && <small> (in {formatDuration(next)})</small>}
        </button>
        <button type="button" onClick={toggleFacilitator} aria-expanded={facilitatorOpen}>
          Facilitator
        </button>
      </div>
      <dl className="meters">
        <div className={`meter ${users > 0 ? 'meter-bad' : 'meter-good'}`}>
          <dt>Users affected</dt>
          <dd>
            <meter
              min={0}
              max={100}
              low={10}
              high={50}
              optimum={0}
              value={users}
              aria-label="Users affected percent"
            />{' '}
            {users} %
          </dd>
        </div>
        <div className="meter">
          <dt>Cost so far</dt>
          <dd>{formatMoney(cost, file.incident.currency)}</dd>
        </div>
        <div className="meter">
          <dt>Phase</dt>
          <dd>{phase}</dd>
        </div>
        <div className="meter">
          <dt>Evidence</dt>
          <dd>
            {found} of {file.clues.length} clues
          </dd>
        </div>
      </dl>
    </header>
  );
});
