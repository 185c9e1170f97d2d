/**
 * Load + analyse one scenario file: shared by the workers and the in-thread fallback. The quick
 * check (YAML, schema, ids) makes a card playable; the full check with its analysis (par, state
 * graph, reachability) can take seconds on a big file, so the lobby waits for it separately
 * (see `workerAnalyzer.ts`).
 */
import {
  analyzeScenario,
  loadScenario,
  type AnalysisResult,
  type Problem,
  type ScenarioModel,
} from '../../engine/index.ts';

export type CatalogueEntry =
  | { path: string; status: 'loading' }
  | { path: string; status: 'error'; problems: Problem[] }
  | {
      path: string;
      status: 'ok';
      model: ScenarioModel;
      /** Null when the analysis failed, or (with `analysing`) has not finished yet. */
      analysis: AnalysisResult | null;
      warnings: Problem[];
      /** Loaded and playable; par and the state graph are still being worked out. */
      analysing?: boolean;
    };

export type LoadedEntry = Exclude<CatalogueEntry, { status: 'loading' }>;
export type OkEntry = Extract<CatalogueEntry, { status: 'ok' }>;

/**
 * The quick check: YAML, schema and id checks, compiled and playable (`analysing: true`), without
 * the state-graph analysis that takes most of a full load (`analyzeText` does that next).
 * @param path - catalogue path: `/scenarios/x.yaml`, `library:id@version`, `draft:x.yaml`
 * @param file - name used in problem messages (defaults to the path without its leading `/`)
 */
export function loadText(path: string, text: string, file = path.replace(/^\//, '')): LoadedEntry {
  return load(path, text, file, false);
}

/**
 * The full check and the analysis: reachability problems (which can still turn a quickly
 * loaded file into an error), par and the state graph. The analysis is the one the full check
 * made (cached per model), so it is not run twice.
 */
export function analyzeText(
  path: string,
  text: string,
  file = path.replace(/^\//, ''),
): LoadedEntry {
  const loaded = load(path, text, file, true);
  if (loaded.status !== 'ok') return loaded;
  let analysis: AnalysisResult | null;
  try {
    analysis = analyzeScenario(loaded.model);
  } catch {
    analysis = null;
  }
  const { analysing: _done, ...entry } = loaded;
  return { ...entry, analysis };
}

function load(path: string, text: string, file: string, reachability: boolean): LoadedEntry {
  try {
    const result = loadScenario(text, file, { reachability });
    if (!result.ok) return { path, status: 'error', problems: result.problems };
    return {
      path,
      status: 'ok',
      model: result.model,
      analysis: null,
      warnings: result.problems.filter((p) => p.severity === 'warning'),
      analysing: true,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, status: 'error', problems: [{ file, message, severity: 'error' }] };
  }
}
