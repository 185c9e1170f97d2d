/**
 * Saves the live drill as it is played (see `drillPersister.ts`): created on the first
 * render of a new session, continued for a resumed one, flushed when the page hides.
 * Playtests are not saved (see `persistenceRuntime.ts`).
 * The storage code (Dexie, zod) is loaded here on demand, not with the lobby.
 */
import { useEffect, useRef } from 'react';
import type { AnalysisResult, DrillSession } from '../../engine/index.ts';
import { useAppStore } from '../store.ts';
import { rememberOpenDrill } from './reopenOnReload.ts';
import { useStorageStatus } from './storageStatus.ts';

const loadPersistence = () => import('./persistenceRuntime.ts');

export function usePersistDrill(session: DrillSession | null, analysis: AnalysisResult | null) {
  // Read by the persister when the drill ends; kept in a ref so a late analysis is used
  // without restarting the persister.
  const par = useRef<number | null>(null);
  useEffect(() => {
    par.current = analysis?.par?.time ?? null;
  }, [analysis]);

  useEffect(() => {
    if (!session) return;
    let stop: (() => void) | null = null;
    let live = true;
    void loadPersistence().then(async ({ startPersisting }) => {
      const handle = await startPersisting(session, {
        par: () => par.current,
        report: useStorageStatus.getState().setProblem,
      });
      // A playtest is not saved: nothing to keep up to date, nothing to reopen on reload.
      if (!handle) return;
      if (!live) {
        void handle.dispose();
        return;
      }
      const view = (s: ReturnType<typeof useAppStore.getState>) => {
        if (s.screen === 'console' || s.screen === 'score' || s.screen === 'debrief')
          handle.setView({ screen: s.screen, speed: s.speed });
        // A reload comes back to this drill's score or debrief, not to anything after "Exit".
        rememberOpenDrill(s.screen === 'score' || s.screen === 'debrief' ? handle.id : null);
      };
      view(useAppStore.getState());
      const offStore = useAppStore.subscribe(view);
      const flush = () => void handle.flush();
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', flush);
      stop = () => {
        offStore();
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', flush);
        void handle.dispose();
      };
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [session]);
}
