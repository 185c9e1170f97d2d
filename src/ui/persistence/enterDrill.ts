/** Put the app back where a saved drill was left: who played, how, which screen; paused. */
import type { DrillSession } from '../../engine/index.ts';
import { useAppStore, type Screen } from '../store.ts';
import { setDrillOrigin } from './drillOrigin.ts';
import type { ResumedDrill } from './resume.ts';

/** The screen to reopen: a drill that is over never goes back to the console. */
export function screenToReopen(resumed: ResumedDrill): Screen {
  const { drill, session } = resumed;
  if (drill.screen === 'score' || drill.screen === 'debrief') return drill.screen;
  return session.isOver() ? 'score' : 'console';
}

/**
 * Restore the app state for a resumed drill and return its session for the app to hold.
 * The clock starts paused, so the player finds the console exactly as they left it.
 */
export function enterResumedDrill(resumed: ResumedDrill): DrillSession {
  const { drill, session, analysis } = resumed;
  // A discarded drill taken up again is in play once more: it must finish into the history
  // and be offered for resuming, which only happens to active records.
  const record =
    drill.status === 'abandoned' && !session.isOver()
      ? { ...drill, status: 'active' as const }
      : drill;
  setDrillOrigin(session, { record, analysis, scenarioText: drill.scenarioText });
  const roster =
    drill.roster.length > 0 ? drill.roster : [{ name: 'You', role: 'incident-commander' as const }];
  useAppStore.setState({
    scenarioPath: drill.scenarioPath,
    mystery: drill.mystery,
    mode: drill.mode,
    roster,
    team: drill.mode === 'solo' ? '' : drill.team,
    activeParticipant: roster[0]!.name,
    speed: drill.speed,
    seed: drill.seed,
    // Saved drills are never playtests: a playtest played earlier must not label this one.
    playtest: false,
    paused: true,
  });
  return session;
}
