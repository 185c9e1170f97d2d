/**
 * Sessions for playtests: built by running a path (a state of the explorer graph) or by
 * rewinding a journal, and registered as playtests so history and trends leave them out.
 */
import {
  createDrillSession,
  rewindSession,
  runPath,
  type DrillSession,
  type ScenarioModel,
} from '../../engine/index.ts';
import { drillOrigin, setDrillOrigin } from '../persistence/drillOrigin.ts';

/** Marks a session as a playtest, carrying over where `from` came from (not its record). */
export function markPlaytest(session: DrillSession, from?: DrillSession): DrillSession {
  const origin = from ? drillOrigin(from) : undefined;
  setDrillOrigin(session, {
    ...(origin?.scenarioText !== undefined ? { scenarioText: origin.scenarioText } : {}),
    ...(origin?.analysis !== undefined ? { analysis: origin.analysis } : {}),
    playtest: true,
  });
  return session;
}

/** A playtest session at the state `path` leads to (see `ExplorerNode.path`). */
export function playtestAtPath(
  model: ScenarioModel,
  path: readonly string[],
  options: { seed: number; participant: string; from?: DrillSession },
): { session: DrillSession; failure: string | null } {
  const { session, failure } = runPath(model, path, {
    seed: options.seed,
    participant: options.participant,
  });
  return {
    session: markPlaytest(session, options.from),
    failure: failure ? `step ${failure.index + 1} (${failure.step}): ${failure.reason}` : null,
  };
}

/** A playtest session at the alert, not yet acknowledged (a drill's usual start). */
export function playtestFromAlert(model: ScenarioModel, seed: number): DrillSession {
  return markPlaytest(createDrillSession({ scenario: model, seed }));
}

/** A playtest session replaying the first `count` journal entries of `session`. */
export function playtestRewound(session: DrillSession, count: number): DrillSession {
  return markPlaytest(rewindSession(session, count), session);
}
