/** Loads one source of scenario texts and analyses each, re-analysing only what changed. */
import { useEffect, useRef, useState } from 'react';
import type { CatalogueEntry, LoadedEntry } from './analyze.ts';
import type { CatalogueSource, ScenarioText } from './source.ts';

export interface AnalyzeOptions {
  /** Name in problem messages (defaults to the path). */
  file?: string;
  /** Aborting stops the work (the worker is terminated) and rejects the promise. */
  signal?: AbortSignal;
  /**
   * Called once the file is valid and playable, before its analysis (par, state graph) is
   * done; the promise then resolves with the analysed entry. Analyzers may skip this call.
   */
  onLoaded?: (entry: LoadedEntry) => void;
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
    // This read's results so far, for files that finish before the whole list is known.
    const latest = new Map<string, LoadedEntry>();
    const started = new Set<string>();
    const show = (entry: LoadedEntry) => {
      latest.set(entry.path, entry);
      if (live) setEntries((list) => place(list, entry));
    };
    const start = ({ path, text, file }: ScenarioText) => {
      if (started.has(path) || cache.get(path)?.text === text) return;
      started.add(path);
      // Playable as soon as it loads; the analysed entry replaces it when ready.
      const options = { onLoaded: show, ...(file === undefined ? {} : { file }) };
      void analyze(path, text, options).then((entry) => {
        cache.set(path, { text, entry });
        show(entry);
      });
    };
    // Each file starts as soon as its own text arrives (sources that can tell), not when the
    // slowest one does.
    void source.load(start).then((texts) => {
      if (!live) return;
      // Until a changed file is analysed again, its previous result stays on screen.
      setEntries(
        texts.map(
          ({ path }) => latest.get(path) ?? cache.get(path)?.entry ?? { path, status: 'loading' },
        ),
      );
      texts.forEach(start);
    });
    return () => {
      live = false;
    };
  }, [source, analyze]);

  return entries;
}

/** Replaces the entry with the same path, or inserts it in path order (files streaming in). */
function place(list: CatalogueEntry[], entry: LoadedEntry): CatalogueEntry[] {
  const at = list.findIndex((e) => e.path === entry.path);
  if (at >= 0) return list.map((e, i) => (i === at ? entry : e));
  const before = list.findIndex((e) => e.path > entry.path);
  return before < 0 ? [...list, entry] : [...list.slice(0, before), entry, ...list.slice(before)];
}
