/**
 * The scenario catalogue: shipped files, the local library and the draft open in the
 * authoring screen, every file loaded and analysed, errors kept as entries.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueEntry, LoadedEntry } from './analyze.ts';
import { selectDraftEntry, useDraftStore } from './draft.ts';
import { loadLibraryTexts } from './librarySource.ts';
import { loadScenarioTexts, onCatalogueChange, type CatalogueSource } from './source.ts';
import { useAnalyzedTexts, type Analyzer } from './useAnalyzedTexts.ts';

export type { Analyzer, AnalyzeOptions } from './useAnalyzedTexts.ts';

const abortError = () => new DOMException('analysis cancelled', 'AbortError');

// The engine (YAML, zod, XState) and Dexie stay out of the lobby's first load: the in-thread
// analysis and the library are fetched when first needed.
const analyzeInThread = (path: string, text: string, file?: string) =>
  import('./analyze.ts').then((m) => m.analyzeText(path, text, file));
const loadLibrary = () => import('../../storage/scenarioLibrary.ts');

/** Runs each file in its own worker when workers exist, in-thread otherwise (tests). */
export const defaultAnalyzer: Analyzer = (path, text, { file, signal } = {}) => {
  if (signal?.aborted) return Promise.reject(abortError());
  if (typeof Worker === 'undefined')
    return analyzeInThread(path, text, file).then((entry) => {
      if (signal?.aborted) throw abortError();
      return entry;
    });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./catalogue.worker.ts', import.meta.url), {
      type: 'module',
    });
    const cancel = () => {
      worker.terminate();
      reject(abortError());
    };
    const finish = (entry: LoadedEntry | Promise<LoadedEntry>) => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(entry);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<LoadedEntry>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(analyzeInThread(path, text, file));
    };
    worker.postMessage({ path, text, file });
  });
};

/**
 * @param initialSource - shipped scenario texts (hot-reloaded in dev)
 * @param analyze - load + analyse one text (a worker per file by default)
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
