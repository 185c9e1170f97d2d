/** The saved drills, kept fresh: re-read whenever this tab changes them. */
import { useEffect, useState } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { listDrills, subscribeDrills } from '../../storage/drills.ts';
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
