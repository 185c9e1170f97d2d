/**
 * Banners about saving: no IndexedDB (private mode), storage full, other failures, and
 * records set aside as unreadable. The drill always keeps running in memory; these only say
 * what is and is not being kept. The storage code is loaded after first paint.
 */
import { useEffect, useState } from 'react';
import { useStorageStatus } from './storageStatus.ts';
import './persistence.css';

const DISMISSED_KEY = 'firedrill.quarantine.dismissedAt';

function dismissedAt(): number {
  try {
    return Number(globalThis.localStorage?.getItem(DISMISSED_KEY)) || 0;
  } catch {
    return 0;
  }
}

const MESSAGES = {
  unavailable:
    'Drills are not being saved: this browser does not let Firedrill store data (private browsing, or site storage turned off). The drill keeps running; export it from the debrief to keep a copy.',
  quota:
    'Storage is full, so the latest moves of this drill are not saved. The drill keeps running. Free some space (export, then delete old drills, or clear other site data); the next move saves everything.',
  other: 'Saving the drill failed. The drill keeps running, and the next move tries again.',
} as const;

interface SetAside {
  count: number;
  reason: string;
  newest: number;
}

export function StorageNotices() {
  const problem = useStorageStatus((s) => s.problem);
  const detail = useStorageStatus((s) => s.detail);
  const [hidden, setHidden] = useState<string | null>(null);
  const [setAside, setSetAside] = useState<SetAside | null>(null);

  useEffect(() => {
    let live = true;
    let off = () => {};
    void import('./storageProbe.ts').then(({ probeStorage, quarantinedSince, subscribeDrills }) => {
      if (!live) return;
      const check = () =>
        void quarantinedSince(dismissedAt()).then((found) => {
          if (live) setSetAside(found);
        });
      void probeStorage().then((ok) => {
        if (ok) check();
      });
      off = subscribeDrills(check);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const dismissSetAside = () => {
    try {
      globalThis.localStorage?.setItem(DISMISSED_KEY, String(setAside?.newest ?? Date.now()));
    } catch {
      // Without localStorage the notice comes back on the next visit: harmless.
    }
    setSetAside(null);
  };

  return (
    <>
      {problem && hidden !== problem && (
        <div className={`storage-banner storage-${problem}`} role="alert">
          <p>
            {MESSAGES[problem]}
            {/* Technical detail only when the cause is unknown: it helps a bug report. */}
            {problem === 'other' && detail && <small className="storage-detail"> ({detail})</small>}
          </p>
          <button type="button" onClick={() => setHidden(problem)}>
            Dismiss
          </button>
        </div>
      )}
      {setAside && setAside.count > 0 && (
        <div className="storage-banner storage-quarantine" role="status">
          <div>
            <p>
              {setAside.count === 1
                ? '1 saved drill could not be read (it is damaged or incomplete) and was set aside.'
                : `${setAside.count} saved drills could not be read (damaged or incomplete) and were set aside.`}{' '}
              Your other drills are fine.
            </p>
            {/* The validator's words help a bug report, not the player: kept out of the way. */}
            <details className="storage-detail">
              <summary>Technical detail</summary>
              <small>{setAside.reason}</small>
            </details>
          </div>
          <button type="button" onClick={dismissSetAside}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
