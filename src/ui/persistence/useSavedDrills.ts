/** The saved drills, kept fresh: re-read whenever this tab changes them. */
import { useEffect, useState } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { deleteDrills, listDrills, subscribeDrills } from '../../storage/drills.ts';
import { classifyStorageError } from '../../storage/storageErrors.ts';
import { useStorageStatus } from './storageStatus.ts';

export type SavedDrills =
  { status: 'loading' } | { status: 'ready'; drills: StoredDrill[] } | { status: 'unavailable' };

export function useSavedDrills(): SavedDrills {
  const [state, setState] = useState<SavedDrills>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      listDrills().then(
        (drills) => {
          if (live) setState({ status: 'ready', drills });
          // Playtests are no longer saved; records earlier versions kept go (nothing showed them).
          const playtests = drills.filter((d) => d.playtest).map((d) => d.id);
          if (playtests.length > 0) void deleteDrills(playtests).catch(() => {});
        },
        (error: unknown) => {
          if (!live) return;
          setState({ status: 'unavailable' });
          useStorageStatus.getState().setProblem(classifyStorageError(error), error);
        },
      );
    void load();
    const off = subscribeDrills(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}
