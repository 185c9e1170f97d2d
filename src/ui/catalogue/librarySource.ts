/** Saved scenarios as catalogue texts (`library:<id>@<version>`). */
import { libraryPath } from './origin.ts';
import type { CatalogueSource } from './source.ts';

/**
 * Reads the local library. A browser without IndexedDB simply has an empty library here:
 * the authoring screen is where saving explains that it cannot work.
 */
export const loadLibraryTexts: CatalogueSource = async () => {
  try {
    // Loaded on demand: Dexie is not part of the lobby's first load.
    const { listSavedScenarios } = await import('../../storage/scenarioLibrary.ts');
    const saved = await listSavedScenarios();
    return saved.map((s) => ({ path: libraryPath(s.key), text: s.text, file: s.fileName }));
  } catch {
    return [];
  }
};
