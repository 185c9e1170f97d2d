/** Solo training: hints on request, and a nudge after 45 game minutes without new evidence. */
import { memo } from 'react';
import { hintAvailable, selectTimeline } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import {
  useDrillState,
  useDrillTime,
  useSession,
  type DrillState,
  type DrillView,
} from '../session/useDrill.ts';
import { useAppStore } from '../store.ts';

export const NUDGE_AFTER_MS = 45 * 60_000;

function selectHints({ model, ctx }: DrillState) {
  return {
    available: hintAvailable(model, ctx),
    hints: selectTimeline(ctx)
      .filter((e) => e.kind === 'hint')
      .map((e) => e.text),
  };
}

/** Runs on every tick: a handful of comparisons, and a boolean that rarely changes. */
function selectNoProgress({ ctx, now }: DrillView): boolean {
  let lastProgress = ctx.acknowledgedAt ?? ctx.detectedAt ?? 0;
  for (const t of Object.values(ctx.clues)) lastProgress = Math.max(lastProgress, t);
  return now - lastProgress >= NUDGE_AFTER_MS;
}

export const HintPanel = memo(function HintPanel() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const { available, hints } = useDrillState(selectHints, viewEqual);
  const stuck = useDrillTime(selectNoProgress) && available;
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
        {hints.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </section>
  );
});
