/**
 * The local scenario library: scenario files saved from the authoring screen into the
 * browser's IndexedDB (`scenarios` table of `db.ts`), keyed `id@version`.
 *
 * Saving never overwrites silently: the same id and version with different content comes
 * back as a conflict, and only a second call with `overwrite: true` replaces it.
 */
import { contentHash, type ScenarioRef } from '../engine/index.ts';
import { database, type FiredrillDatabase, type StoredScenario } from './db.ts';

/** Thrown when the browser has no usable IndexedDB (private modes, old browsers, jsdom). */
export class LibraryUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(
      'This browser does not let Firedrill store scenarios (IndexedDB is unavailable), so the ' +
        'file was not saved. You can still play it now; it will be gone when the page closes.',
      { cause },
    );
    this.name = 'LibraryUnavailableError';
  }
}

export interface ScenarioToSave {
  /** The file's exact text: what is played later, and what the hash is over. */
  text: string;
  fileName: string;
  title: string;
  /** From the loaded model; checked against the text so a stale model cannot be saved. */
  ref: ScenarioRef;
}

export type SaveOutcome =
  | { status: 'saved'; scenario: StoredScenario; replaced: StoredScenario | null }
  /** The library already holds this exact file: nothing written. */
  | { status: 'unchanged'; scenario: StoredScenario }
  /** Same id and version, different content: ask the user, then save with `overwrite`. */
  | { status: 'conflict'; existing: StoredScenario };

export interface LibraryOptions {
  /** Tests pass their own database (fake-indexeddb); the app uses the shared one. */
  db?: FiredrillDatabase;
}

/** `id@version`, the library's key. */
export const libraryKey = (id: string, version: string) => `${id}@${version}`;

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after every save or delete in this page, so catalogues can reload. */
export function onLibraryChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const notify = () => listeners.forEach((listener) => listener());

// Dexie: MissingAPIError when there is no IndexedDB at all; OpenFailedError or
// InvalidStateError when the browser refuses to open one (private modes, policies);
// DatabaseClosedError wrapping one of those on every later call after a failed open.
const UNAVAILABLE = new Set(['MissingAPIError', 'OpenFailedError', 'InvalidStateError']);

function isUnavailable(error: unknown, depth = 0): boolean {
  const e = error as { name?: unknown; inner?: unknown } | null;
  if (!e || depth > 4) return false;
  if (typeof e.name === 'string' && UNAVAILABLE.has(e.name)) return true;
  return isUnavailable(e.inner, depth + 1);
}

/** Runs a database call, turning "no IndexedDB here" failures into one clear error. */
async function withDb<T>(
  options: LibraryOptions,
  run: (db: FiredrillDatabase) => Promise<T>,
): Promise<T> {
  try {
    return await run(options.db ?? database());
  } catch (error) {
    if (isUnavailable(error)) throw new LibraryUnavailableError(error);
    throw error;
  }
}

/**
 * Save a scenario file. Returns `conflict` (and writes nothing) when a different file is
 * saved under the same id and version, unless `overwrite` is set.
 */
export function saveScenario(
  scenario: ScenarioToSave,
  options: LibraryOptions & { overwrite?: boolean; now?: number } = {},
): Promise<SaveOutcome> {
  const { text, fileName, title, ref } = scenario;
  const hash = contentHash(text);
  if (hash !== ref.hash)
    return Promise.reject(new Error('the scenario text changed after it was checked'));
  const record: StoredScenario = {
    key: libraryKey(ref.id, ref.version),
    id: ref.id,
    version: ref.version,
    hash,
    title,
    fileName,
    text,
    savedAt: options.now ?? Date.now(),
  };
  return withDb(options, async (db) => {
    const outcome = await db.transaction('rw', db.scenarios, async (): Promise<SaveOutcome> => {
      const existing = (await db.scenarios.get(record.key)) ?? null;
      if (existing && existing.hash === hash) return { status: 'unchanged', scenario: existing };
      if (existing && !options.overwrite) return { status: 'conflict', existing };
      await db.scenarios.put(record);
      return { status: 'saved', scenario: record, replaced: existing };
    });
    if (outcome.status === 'saved') notify();
    return outcome;
  });
}

/** Every saved scenario, most recently saved first. */
export function listSavedScenarios(options: LibraryOptions = {}): Promise<StoredScenario[]> {
  return withDb(options, (db) => db.scenarios.orderBy('savedAt').reverse().toArray());
}

/** One saved scenario by `id@version`, or null. */
export function getSavedScenario(
  key: string,
  options: LibraryOptions = {},
): Promise<StoredScenario | null> {
  return withDb(options, async (db) => (await db.scenarios.get(key)) ?? null);
}

/** Remove a saved scenario; true when something was deleted. */
export function deleteSavedScenario(key: string, options: LibraryOptions = {}): Promise<boolean> {
  return withDb(options, async (db) => {
    const found = await db.transaction('rw', db.scenarios, async () => {
      const had = (await db.scenarios.get(key)) !== undefined;
      if (had) await db.scenarios.delete(key);
      return had;
    });
    if (found) notify();
    return found;
  });
}
