/** Storage checks for `StorageNotices`, loaded after first paint with Dexie. */
import { database } from '../../storage/db.ts';
import { listQuarantinedDrills, subscribeDrills } from '../../storage/drills.ts';
import { classifyStorageError, indexedDbMissing } from '../../storage/storageErrors.ts';
import { useStorageStatus } from './storageStatus.ts';

export { subscribeDrills };

/** Open the database once; report when this browser cannot store anything. */
export async function probeStorage(): Promise<boolean> {
  const report = useStorageStatus.getState().setProblem;
  if (indexedDbMissing()) {
    report('unavailable', new Error('IndexedDB is not available in this browser'));
    return false;
  }
  try {
    await database().open();
    return true;
  } catch (error) {
    const kind = classifyStorageError(error);
    report(kind === 'other' ? 'unavailable' : kind, error);
    return false;
  }
}

/** Drill records set aside after `since` (wall ms): how many, the latest reason. */
export async function quarantinedSince(since: number) {
  try {
    const rows = (await listQuarantinedDrills()).filter((r) => r.at > since);
    if (rows.length === 0) return null;
    return { count: rows.length, reason: rows[0]!.reason, newest: rows[0]!.at };
  } catch {
    return null;
  }
}
