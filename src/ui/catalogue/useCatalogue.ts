/**
 * The scenario catalogue: shipped files, the local library and the draft open in the
 * authoring screen, every file loaded and analysed, errors kept as entries.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueEntry } from './analyze.ts';
import { selectDraftEntry, useDraftStore } from './draft.ts';
import { loadLibraryTexts } from './librarySource.ts';
import { loadScenarioTexts, onCatalogueChange, type CatalogueSource } from './source.ts';
import { useAnalyzedTexts, type Analyzer } from './useAnalyzedTexts.ts';
import { warmAnalyzer, workerAnalyzer } from './workerAnalyzer.ts';

export type { Analyzer, AnalyzeOptions } from './useAnalyzedTexts.ts';

// Dexie stays out of the lobby's first load: the library is fetched when first needed.
const loadLibrary = () => import('../../storage/scenarioLibrary.ts');

/** Loads then analyses each file in a small pool of workers (in-thread without workers). */
export const defaultAnalyzer: Analyzer = workerAnalyzer;

/**
 * @param initialSource - shipped scenario texts (hot-reloaded in dev)
 * @param analyze - load + analyse one text (in a pool of workers by default)
 * @param library - saved scenario texts, read again whenever the library changes
 */
export function useCatalogue(
  initialSource: CatalogueSource = loadScenarioTexts,
  analyze: Analyzer = defaultAnalyzer,
  library: CatalogueSource = loadLibraryTexts,
): CatalogueEntry[] {
  const [shippedSource, setShippedSource] = useState<{ load: CatalogueSource }>({
    load: initialSource,
  });
  const [librarySource, setLibrarySource] = useState<{ load: CatalogueSource }>({
    load: library,
  });

  useEffect(() => {
    if (analyze === workerAnalyzer) warmAnalyzer();
  }, [analyze]);
  useEffect(() => onCatalogueChange((load) => setShippedSource({ load })), []);
  useEffect(() => {
    let off: (() => void) | null = null;
    let live = true;
    void loadLibrary().then(({ onLibraryChange }) => {
      if (live) off = onLibraryChange(() => setLibrarySource({ load: library }));
    });
    return () => {
      live = false;
      off?.();
    };
  }, [library]);

  const shipped = useAnalyzedTexts(shippedSource, analyze);
  const saved = useAnalyzedTexts(librarySource, analyze);
  const draft = useDraftStore(selectDraftEntry);

  return useMemo(
    () => (draft ? [...shipped, ...saved, draft] : [...shipped, ...saved]),
    [shipped, saved, draft],
  );
}
