/** Lobby card extras for scenarios that do not ship with the app: a badge, and delete for saved ones. */
import { useState } from 'react';
import './origin.css';
import { entryOrigin, libraryKeyOf } from './origin.ts';

/** "Local" for the library, "Draft" for the authoring screen's file; nothing for shipped ones. */
export function OriginBadge({ path }: { path: string }) {
  const origin = entryOrigin(path);
  if (origin === 'shipped') return null;
  return origin === 'library' ? (
    <span className="badge origin-badge" title="Saved in this browser's library">
      Local
    </span>
  ) : (
    <span className="badge warn origin-badge" title="Open in the authoring screen, not saved">
      Draft
    </span>
  );
}

/** Delete a saved scenario from the library, after a second, explicit click. */
export function DeleteSavedButton({ path, name }: { path: string; name: string }) {
  const key = libraryKeyOf(path);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!key) return null;
  const remove = () => {
    // Dexie loads with the first library use, not with the lobby.
    void import('../../storage/scenarioLibrary.ts')
      .then(({ deleteSavedScenario }) => deleteSavedScenario(key))
      .then(
        () => setConfirming(false),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
  };
  return (
    <div className="delete-saved">
      {confirming ? (
        <div className="row" role="group" aria-label={`Delete ${name}?`}>
          <span>Delete from this browser?</span>
          <button type="button" className="danger small" onClick={remove}>
            Delete
          </button>
          <button type="button" className="small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="small"
          onClick={() => setConfirming(true)}
          aria-label={`Delete saved scenario ${name}`}
        >
          Delete
        </button>
      )}
      {error && <p role="alert">Could not delete: {error}</p>}
    </div>
  );
}
