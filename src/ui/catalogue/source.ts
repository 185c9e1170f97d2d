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

/**
 * Reads every text. A source may also pass each text to `onText` as soon as it has it, so work
 * on the first files starts before the last one arrives; the promise still has them all.
 */
export type CatalogueSource = (onText?: (text: ScenarioText) => void) => Promise<ScenarioText[]>;

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export const loadScenarioTexts: CatalogueSource = (onText) =>
  Promise.all(
    Object.keys(files)
      .sort()
      .map(async (path) => {
        const text = { path, text: await files[path]!() };
        onText?.(text);
        return text;
      }),
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
