/** Shared by the score and debrief screens: their props and the drill's score. */
import { useMemo } from 'react';
import type { AnalysisResult, DrillScore, DrillSession } from '../../engine/index.ts';
import { scoreDrill } from '../../engine/index.ts';

export interface ResultScreenProps {
  session: DrillSession;
  analysis: AnalysisResult | null;
  onDebrief?: () => void;
  onExit: () => void;
  /** An author's playtest (never saved): the screen says so and offers no drill file. */
  playtest?: boolean;
  /** Par is still being worked out (the scenario's analysis runs after it became playable). */
  analysing?: boolean;
}

/** The drill's score at the session's current game time, against par when known. */
export function useDrillScore(session: DrillSession, analysis: AnalysisResult | null): DrillScore {
  const snapshot = session.snapshot();
  return useMemo(
    () =>
      scoreDrill(session.scenario, snapshot.context, {
        par: analysis?.par?.time ?? null,
        at: session.now(),
      }),
    [session, snapshot, analysis],
  );
}
