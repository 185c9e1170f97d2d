/** The scenario catalogue: every file loaded and analysed, errors kept as entries. */
import { useEffect, useState } from 'react';
import { analyzeText, type CatalogueEntry, type LoadedEntry } from './analyze.ts';
import { loadScenarioTexts, onCatalogueChange, type CatalogueSource } from './source.ts';

export type Analyzer = (path: string, text: string) => Promise<LoadedEntry>;

/** Runs each file in its own worker when workers exist, in-thread otherwise (tests). */
export const defaultAnalyzer: Analyzer = (path, text) => {
  if (typeof Worker === 'undefined')
    return new Promise((resolve) => setTimeout(() => resolve(analyzeText(path, text)), 0));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./catalogue.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<LoadedEntry>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve(analyzeText(path, text));
      event.preventDefault();
    };
    worker.postMessage({ path, text });
  });
};

export function useCatalogue(
  initialSource: CatalogueSource = loadScenarioTexts,
  analyze: Analyzer = defaultAnalyzer,
): CatalogueEntry[] {
  const [source, setSource] = useState<{ load: CatalogueSource }>({ load: initialSource });
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);

  useEffect(() => onCatalogueChange((load) => setSource({ load })), []);

  useEffect(() => {
    let live = true;
    void source.load().then((texts) => {
      if (!live) return;
      setEntries((old) =>
        texts.map(
          ({ path }) =>
            old.find((e) => e.path === path && e.status !== 'loading') ?? {
              path,
              status: 'loading',
            },
        ),
      );
      for (const { path, text } of texts)
        void analyze(path, text).then((entry) => {
          if (live) setEntries((list) => list.map((e) => (e.path === path ? entry : e)));
        });
    });
    return () => {
      live = false;
    };
  }, [source, analyze]);

  return entries;
}
