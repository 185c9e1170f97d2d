/** The scribe log: everything that happened, with who did it, plus free-text notes. */
import { memo, useMemo, useState } from 'react';
import {
  formatGameTime,
  selectTimeline,
  type DrillContext,
  type TimelineEntry,
} from '../../engine/index.ts';
import { sameFields } from '../session/equality.ts';
import { useDrillState, useSession, type DrillState } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

const selectCtx = ({ ctx }: DrillState) => ctx;

/**
 * Entries rendered until the player asks for all of them. A new entry goes on top and shifts
 * every rendered row below it, which the browser must lay out and paint again on that click:
 * with a whole drill's log on screen that cost grew with every decision (bench: interaction).
 */
export const TIMELINE_PAGE = 25;
const sameTimeline = sameFields<DrillContext>('timeline');

export const TimelinePanel = memo(function TimelinePanel() {
  const ctx = useDrillState(selectCtx, sameTimeline);
  const [showAll, setShowAll] = useState(false);
  const entries = useMemo(() => [...selectTimeline(ctx)].reverse(), [ctx]);
  const shown = showAll ? entries : entries.slice(0, TIMELINE_PAGE);
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <NoteForm />
      <ol className="timeline-list" tabIndex={0} aria-label="Timeline entries, newest first">
        {shown.map((e, i) => (
          <TimelineRow key={entries.length - i} entry={e} />
        ))}
      </ol>
      {entries.length > TIMELINE_PAGE && (
        <button
          type="button"
          className="small show-older"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? `Show the newest ${TIMELINE_PAGE} only`
            : `Show all ${entries.length} entries (${entries.length - TIMELINE_PAGE} older)`}
        </button>
      )}
    </section>
  );
});

/**
 * The scribe's note box, apart from the list: a new timeline entry must not re-render this
 * controlled input, which React updates on every render (its `name` attribute is reset, so the
 * browser restyles and repaints the field inside that click's frame).
 */
const NoteForm = memo(function NoteForm() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const [note, setNote] = useState('');
  return (
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
  );
});

/** Entries never change once written: a new one renders alone, not the whole list again. */
const TimelineRow = memo(function TimelineRow({ entry: e }: { entry: TimelineEntry }) {
  return (
    <li className={`tl-${e.kind}`}>
      <time className="muted">{formatGameTime(e.t)}</time> <span className="badge">{e.kind}</span>{' '}
      {e.participant && <strong>{e.participant}: </strong>}
      <span>{e.text}</span>
      {e.detail && <p className="tl-detail">{e.detail}</p>}
    </li>
  );
});
