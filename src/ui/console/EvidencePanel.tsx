import { memo } from 'react';
import { formatGameTime, selectClues } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillState, type DrillState } from '../session/useDrill.ts';

const selectFound = ({ model, ctx }: DrillState) => selectClues(model, ctx);

export const EvidencePanel = memo(function EvidencePanel() {
  const clues = useDrillState(selectFound, viewEqual);
  return (
    <section className="panel evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">
        Evidence <span className="muted">({clues.length} found)</span>
      </h2>
      {clues.length === 0 && <p className="muted">Nothing found yet. Investigate.</p>}
      <ul className="plain-list">
        {clues.map((c) => (
          <li key={c.id} className="clue">
            <strong>{c.title}</strong> <time className="muted">{formatGameTime(c.foundAt)}</time>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
});
