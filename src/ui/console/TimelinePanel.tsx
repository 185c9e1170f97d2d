/** The scribe log: everything that happened, with who did it, plus free-text notes. */
import { useState } from 'react';
import { formatGameTime, selectTimeline } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

export function TimelinePanel() {
  const { session, ctx } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const [note, setNote] = useState('');
  const entries = [...selectTimeline(ctx)].reverse();
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (session.send({ type: 'player.note', participant, text: note })) setNote('');
        }}
      >
        <label htmlFor="note-text">Note for the log</label>
        <div className="row">
          <input
            id="note-text"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" disabled={note.trim().length === 0}>
            Add note
          </button>
        </div>
      </form>
      <ol className="timeline-list" tabIndex={0} aria-label="Timeline entries, newest first">
        {entries.map((e, i) => (
          <li key={entries.length - i} className={`tl-${e.kind}`}>
            <time className="muted">{formatGameTime(e.t)}</time>{' '}
            <span className="badge">{e.kind}</span>{' '}
            {e.participant && <strong>{e.participant}: </strong>}
            <span>{e.text}</span>
            {e.detail && <p className="tl-detail">{e.detail}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
