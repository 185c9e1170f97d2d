/** Loads one source of scenario texts and analyses each, re-analysing only what changed. */
import { useEffect, useRef, useState } from 'react';
import type { CatalogueEntry, LoadedEntry } from './analyze.ts';
import type { CatalogueSource } from './source.ts';

export interface AnalyzeOptions {
  /** Name in problem messages (defaults to the path). */
  file?: string;
  /** Aborting stops the work (the worker is terminated) and rejects the promise. */
  signal?: AbortSignal;
}

export type Analyzer = (
  path: string,
  text: string,
  options?: AnalyzeOptions,
) => Promise<LoadedEntry>;

/**
 * @param source - a fresh object whenever the source should be read again
 */
export function useAnalyzedTexts(
  source: { load: CatalogueSource },
  analyze: Analyzer,
): CatalogueEntry[] {
  const [entries, setEntries] = useState<CatalogueEntry[]>([]);
  // Last analysis per path with the text it was made from: unchanged files are not redone.
  const done = useRef(new Map<string, { text: string; entry: LoadedEntry }>());

  useEffect(() => {
    let live = true;
    const cache = done.current;
    void source.load().then((texts) => {
      if (!live) return;
      // Until a changed file is analysed again, its previous result stays on screen.
      setEntries(texts.map(({ path }) => cache.get(path)?.entry ?? { path, status: 'loading' }));
      for (const { path, text, file } of texts) {
        if (cache.get(path)?.text === text) continue;
        void analyze(path, text, file === undefined ? {} : { file }).then((entry) => {
          cache.set(path, { text, entry });
          if (live) setEntries((list) => list.map((e) => (e.path === path ? entry : e)));
        });
      }
    });
    return () => {
      live = false;
    };
  }, [source, analyze]);

  return entries;
}
