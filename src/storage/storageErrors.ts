/**
 * What went wrong with the browser database, in terms the UI can act on:
 * - `quota`: the disk (or the browser's share of it) is full;
 * - `unavailable`: no IndexedDB at all (some private modes, locked-down browsers) or it won't open;
 * - `other`: anything else (a bug, a blocked upgrade).
 * Dexie wraps the DOM errors (`QuotaExceededError` may arrive as the `inner` of an `AbortError`).
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'other';

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'SecurityError',
  'DatabaseClosedError',
]);

export function classifyStorageError(error: unknown): StorageErrorKind {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as NamedError;
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
    if (UNAVAILABLE.has(name) || /indexedDB API (missing|not found)/i.test(message))
      return 'unavailable';
    current = e.inner ?? e.cause;
  }
  return 'other';
}

/** True when this runtime has no IndexedDB at all. */
export const indexedDbMissing = (): boolean => typeof globalThis.indexedDB === 'undefined';
