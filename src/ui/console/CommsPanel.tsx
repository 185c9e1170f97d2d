/** Status updates to stakeholders, with the 30-minute cadence. */
import { useState } from 'react';
import { STATUS_CADENCE_MS, formatDuration, formatGameTime, toArray } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

export function CommsPanel() {
  const { session, ctx, now } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const [text, setText] = useState('');
  const updates = toArray(ctx.statusUpdates);
  const last = updates[updates.length - 1];
  const since = last?.t ?? ctx.acknowledgedAt ?? ctx.detectedAt ?? now;
  const dueIn = since + STATUS_CADENCE_MS - now;
  const post = () => {
    if (session.send({ type: 'player.status', participant, text })) setText('');
  };
  return (
    <section className="panel comms" aria-labelledby="comms-heading">
      <h2 id="comms-heading">Communications</h2>
      <p>
        {last
          ? `Last update ${formatDuration(now - last.t)} ago (${formatGameTime(last.t)}).`
          : 'No status update posted yet.'}{' '}
        <span className={`badge ${dueIn < 0 ? 'danger' : 'ok'}`}>
          {dueIn < 0
            ? `Overdue by ${formatDuration(-dueIn)}`
            : `Next due in ${formatDuration(dueIn)}`}
        </span>
      </p>
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
      {updates.length > 0 && (
        <ol className="plain-list">
          {[...updates].reverse().map((u, i) => (
            <li key={i}>
              <time className="muted">{formatGameTime(u.t)}</time> {u.participant}: {u.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
