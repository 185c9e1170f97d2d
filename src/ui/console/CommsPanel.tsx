/** Status updates to stakeholders, with the 30-minute cadence. */
import { memo, useMemo, useState } from 'react';
import { STATUS_CADENCE_MS, formatDuration, formatGameTime, toArray } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import {
  useDrillState,
  useDrillTime,
  useSession,
  type DrillState,
  type DrillView,
} from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const selectUpdates = ({ ctx }: DrillState) => ctx.statusUpdates;

/** The cadence line as the text it shows: it changes a few times a game minute, not each tick. */
function selectCadence({ ctx, now }: DrillView) {
  const lastT = ctx.statusUpdates?.head.t ?? null;
  const since = lastT ?? ctx.acknowledgedAt ?? ctx.detectedAt ?? now;
  const dueIn = since + STATUS_CADENCE_MS - now;
  return {
    last:
      lastT === null
        ? 'No status update posted yet.'
        : `Last update ${formatDuration(now - lastT)} ago (${formatGameTime(lastT)}).`,
    overdue: dueIn < 0,
    due:
      dueIn < 0 ? `Overdue by ${formatDuration(-dueIn)}` : `Next due in ${formatDuration(dueIn)}`,
  };
}

const Cadence = memo(function Cadence() {
  const { last, overdue, due } = useDrillTime(selectCadence, viewEqual);
  return (
    <p>
      {last} <span className={`badge ${overdue ? 'danger' : 'ok'}`}>{due}</span>
    </p>
  );
});

export const CommsPanel = memo(function CommsPanel() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const [text, setText] = useState('');
  const chain = useDrillState(selectUpdates);
  const newestFirst = useMemo(() => [...toArray(chain)].reverse(), [chain]);
  const post = () => {
    if (session.send({ type: 'player.status', participant, text })) setText('');
  };
  return (
    <section className="panel comms" aria-labelledby="comms-heading">
      <h2 id="comms-heading">Communications</h2>
      <Cadence />
      <p className="muted small-text">
        Stakeholders expect an update every {formatDuration(STATUS_CADENCE_MS)}.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          post();
        }}
      >
        <label htmlFor="status-text">Status update</label>
        <textarea
          id="status-text"
          rows={3}
          value={text}
          maxLength={1000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={text.trim().length === 0}>
          Post status update
        </button>
      </form>
      {newestFirst.length > 0 && (
        <ol className="plain-list">
          {newestFirst.map((u, i) => (
            <li key={newestFirst.length - i}>
              <time className="muted">{formatGameTime(u.t)}</time> {u.participant}: {u.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
