/**
 * A finished drill left open on its score or debrief comes back there when the tab reloads.
 * Kept in sessionStorage: it lives as long as the tab, so a reload reopens the drill but a new
 * tab (or leaving through "Exit") starts at the lobby. An unfinished drill is offered for
 * resuming instead, paused, by the lobby's "Your drills".
 */
const KEY = 'firedrill.openDrill';

function store(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Remember (or forget, with null) the drill whose score or debrief is on screen. */
export function rememberOpenDrill(id: string | null): void {
  try {
    if (id === null) store()?.removeItem(KEY);
    else store()?.setItem(KEY, id);
  } catch {
    // Storage refused (private mode, quota): a reload then shows the lobby, as before.
  }
}

/** The drill to reopen after a reload, if one was open in this tab. */
export function openDrillToReopen(): string | null {
  try {
    return store()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}
