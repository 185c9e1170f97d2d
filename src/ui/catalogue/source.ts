/**
 * Scenario files as raw text, loaded lazily through Vite's glob import. In dev, editing a
 * YAML file hot-updates this module and listeners reload the catalogue without a page reload.
 */
export interface ScenarioText {
  path: string;
  text: string;
  /** Name in problem messages when the path is not a file path (saved scenarios). */
  file?: string;
}

export type CatalogueSource = () => Promise<ScenarioText[]>;

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export const loadScenarioTexts: CatalogueSource = () =>
  Promise.all(
    Object.keys(files)
      .sort()
      .map(async (path) => ({ path, text: await files[path]!() })),
  );

type Listener = (source: CatalogueSource) => void;
const hotData = import.meta.hot?.data as { listeners?: Set<Listener> } | undefined;
const listeners: Set<Listener> = hotData ? (hotData.listeners ??= new Set()) : new Set();

/** Called with the fresh source whenever a scenario file changes (dev only). */
export function onCatalogueChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    const source = (next as { loadScenarioTexts?: CatalogueSource } | undefined)?.loadScenarioTexts;
    if (source) listeners.forEach((listener) => listener(source));
  });
}
