/**
 * The storage side of `usePersistDrill`, loaded on the way into a drill: builds or continues
 * the drill's record (with the scenario text for non-shipped scenarios) and starts saving it.
 * Playtests are not saved at all: they were never offered for resuming or listed, so a record
 * would only be left behind in the player's history store (one per rewind or jump, even).
 */
import type { DrillSession } from '../../engine/index.ts';
import type { StorageErrorKind } from '../../storage/storageErrors.ts';
import { useAppStore } from '../store.ts';
import { createDrillPersister, type DrillPersister } from './drillPersister.ts';
import { drillOrigin, isPlaytest, recordFor, setDrillOrigin } from './drillOrigin.ts';
import { textToStore } from './scenarioText.ts';

const persisters = new WeakMap<DrillSession, DrillPersister>();

/** The live record of a session being saved (up to date even when storage fails); null for playtests. */
export function liveRecord(session: DrillSession) {
  return persisters.get(session)?.current() ?? null;
}

export async function startPersisting(
  session: DrillSession,
  options: {
    par: () => number | null;
    report: (problem: StorageErrorKind | null, error?: unknown) => void;
  },
): Promise<DrillPersister | null> {
  const state = useAppStore.getState();
  if (isPlaytest(session, state.scenarioPath)) return null;
  const origin = drillOrigin(session);
  if (!origin?.record && origin?.scenarioText === undefined) {
    const text = await textToStore(state.scenarioPath ?? '', session.scenario.ref);
    setDrillOrigin(session, { scenarioText: text });
  }
  const base = recordFor(session, state, Date.now());
  const persister = createDrillPersister({ session, base, ...options });
  persisters.set(session, persister);
  return persister;
}
