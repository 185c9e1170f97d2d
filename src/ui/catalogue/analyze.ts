/** Load + analyse one scenario file: shared by the worker and the in-thread fallback. */
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
      analysis: AnalysisResult | null;
      warnings: Problem[];
    };

export type LoadedEntry = Exclude<CatalogueEntry, { status: 'loading' }>;

/**
 * @param path - catalogue path: `/scenarios/x.yaml`, `library:id@version`, `draft:x.yaml`
 * @param file - name used in problem messages (defaults to the path without its leading `/`)
 */
export function analyzeText(
  path: string,
  text: string,
  file = path.replace(/^\//, ''),
): LoadedEntry {
  try {
    const result = loadScenario(text, file);
    if (!result.ok) return { path, status: 'error', problems: result.problems };
    let analysis: AnalysisResult | null = null;
    try {
      analysis = analyzeScenario(result.model);
    } catch {
      analysis = null;
    }
    return {
      path,
      status: 'ok',
      model: result.model,
      analysis,
      warnings: result.problems.filter((p) => p.severity === 'warning'),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path, status: 'error', problems: [{ file, message, severity: 'error' }] };
  }
}
