/** Solo training: hints on request, and a nudge after 45 game minutes without new evidence. */
import { hintAvailable, selectTimeline } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

export const NUDGE_AFTER_MS = 45 * 60_000;

export function HintPanel() {
  const { session, model, ctx, now } = useDrillView();
  const participant = useAppStore((s) => s.activeParticipant);
  const available = hintAvailable(model, ctx);
  const hints = selectTimeline(ctx).filter((e) => e.kind === 'hint');
  const lastProgress = Math.max(
    ctx.acknowledgedAt ?? ctx.detectedAt ?? 0,
    ...Object.values(ctx.clues),
  );
  const stuck = available && now - lastProgress >= NUDGE_AFTER_MS;
  return (
    <section className="panel hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      {stuck && (
        <p className="nudge" role="status">
          Stuck? Ask for a hint.
        </p>
      )}
      <button
        type="button"
        disabled={!available}
        onClick={() => session.send({ type: 'player.hint', participant })}
      >
        Hint
      </button>{' '}
      {!available && <span className="muted">No hint available right now.</span>}
      <ul className="plain-list">
        {hints.map((h, i) => (
          <li key={i}>{h.text}</li>
        ))}
      </ul>
    </section>
  );
}
