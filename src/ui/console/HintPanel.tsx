/**
 * Solo training: hints on request, a nudge after 45 game minutes without new evidence, and when
 * the next hint comes (a game time, more progress, or none left) so a player knows if waiting helps.
 */
import { memo, useCallback } from 'react';
import {
  formatDuration,
  formatGameTime,
  selectHintSchedule,
  selectTimeline,
  type HintSchedule,
} from '../../engine/index.ts';
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
const MINUTE_MS = 60_000;

function selectHints({ model, ctx }: DrillState) {
  return {
    schedule: selectHintSchedule(model, ctx),
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

/**
 * Whole game minutes until `at` (rounded up, 0 once it has come; null without `at`): runs on
 * every tick but changes once a game minute, so the panel re-renders at most that often.
 */
function useMinutesUntil(at: number | null): number | null {
  const select = useCallback(
    ({ now }: DrillView) => (at === null ? null : Math.max(0, Math.ceil((at - now) / MINUTE_MS))),
    [at],
  );
  return useDrillTime(select);
}

function scheduleText(schedule: HintSchedule, minutesLeft: number | null): string | null {
  switch (schedule.kind) {
    case 'at':
      return minutesLeft
        ? `Next hint at ${formatGameTime(schedule.at)} (in ${formatDuration(minutesLeft * MINUTE_MS)} of game time).`
        : null;
    case 'progress':
      return 'The next hint needs more progress first.';
    case 'exhausted':
      return 'No hints left.';
    case 'now':
      return null;
  }
}

export const HintPanel = memo(function HintPanel() {
  const session = useSession();
  const participant = useAppStore((s) => s.activeParticipant);
  const { schedule, hints } = useDrillState(selectHints, viewEqual);
  const minutesLeft = useMinutesUntil(schedule.kind === 'at' ? schedule.at : null);
  // A hint promised at a time opens when the clock gets there, before any engine event.
  const available = schedule.kind === 'now' || minutesLeft === 0;
  const stuck = useDrillTime(selectNoProgress) && available;
  const next = scheduleText(schedule, minutesLeft);
  return (
    <section className="panel hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      {stuck && (
        <p className="nudge" role="status">
          Stuck? Ask for a hint.
        </p>
      )}
      {next && (
        <p id="hints-next" className="muted">
          {next}
        </p>
      )}
      <button
        type="button"
        disabled={!available}
        aria-describedby={next ? 'hints-next' : undefined}
        onClick={() => session.send({ type: 'player.hint', participant })}
      >
        Hint
      </button>
      <ul className="plain-list">
        {hints.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </section>
  );
});
