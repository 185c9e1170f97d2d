import { formatGameTime, selectClues } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';

export function EvidencePanel() {
  const { model, ctx } = useDrillView();
  const clues = selectClues(model, ctx);
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
}
