/**
 * The catalogue's analyzer: each file gets the quick check, then the full check with its
 * analysis, in a small pool of workers (in-thread where there are no workers, as in tests).
 * Every quick check runs before any analysis, and `onLoaded` hands the playable entry over at
 * once, so the lobby's cards can be briefed while par times are still being worked out. A file
 * that only the full check rejects (an unreachable resolution) turns into an error card then.
 * Analyses of files seen before come from IndexedDB (`analysisCache.ts`) instead of a worker.
 */
import { analysisKey, readCachedAnalysis, writeCachedAnalysis } from './analysisCache.ts';
import type { LoadedEntry } from './analyze.ts';
import type { Analyzer } from './useAnalyzedTexts.ts';
import { WorkerFailedError, createWorkerPool, type WorkerPool } from './workerPool.ts';

/** `load`: the quick check (`loadText`); `analyse`: the full check and analysis (`analyzeText`). */
export interface AnalysisRequest {
  kind: 'load' | 'analyse';
  path: string;
  text: string;
  file?: string | undefined;
}

/** Loading a file (quick) before analysing one (seconds on big files). */
const LOAD_FIRST = 0;
const ANALYSE_LATER = 1;

// The engine (YAML, zod, XState) stays out of the lobby's first load: the in-thread path loads
// it when first needed.
const inThread = () => import('./analyze.ts');

const abortError = () => new DOMException('analysis cancelled', 'AbortError');
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * One worker per core, at most four: more only queue for the same cores, and each one compiles
 * the whole engine before its first job.
 */
export function workerCount(cores = globalThis.navigator?.hardwareConcurrency): number {
  return Math.min(4, Math.max(1, cores || 2));
}

/**
 * The build the cached analyses belong to. In a production build this module's URL carries a
 * content hash that changes with the worker's (and so the engine's) code; in dev it does not,
 * so dev never caches.
 */
const CACHE_BUILD = import.meta.env.DEV ? null : import.meta.url;

let shared: WorkerPool | null = null;
const pool = () =>
  (shared ??= createWorkerPool({
    create: () => new Worker(new URL('./catalogue.worker.ts', import.meta.url), { type: 'module' }),
    size: workerCount(),
  }));

/**
 * Boots one worker now, while the scenario texts are still being fetched: its engine is ready
 * when the first file arrives (the lobby's first card waited for this boot).
 */
export function warmAnalyzer(): void {
  if (typeof Worker !== 'undefined') pool().warm(1);
}

/** Runs one step in the pool; a worker that fails hands the step to the main thread. */
async function step(
  request: AnalysisRequest,
  priority: number,
  signal: AbortSignal | undefined,
): Promise<LoadedEntry> {
  try {
    return await pool().run<LoadedEntry>(request, { priority, signal });
  } catch (error) {
    if (!(error instanceof WorkerFailedError)) throw error;
    const { loadText, analyzeText } = await inThread();
    if (signal?.aborted) throw abortError();
    const { path, text, file } = request;
    return request.kind === 'load' ? loadText(path, text, file) : analyzeText(path, text, file);
  }
}

export const workerAnalyzer: Analyzer = async (path, text, { file, signal, onLoaded } = {}) => {
  if (signal?.aborted) throw abortError();
  if (typeof Worker === 'undefined') {
    const { loadText, analyzeText } = await inThread();
    if (signal?.aborted) throw abortError();
    const loaded = loadText(path, text, file);
    if (loaded.status !== 'ok') return loaded;
    onLoaded?.(loaded);
    return analyzeText(path, text, file);
  }
  const loaded = await step({ kind: 'load', path, text, file }, LOAD_FIRST, signal);
  if (loaded.status !== 'ok') return loaded;
  onLoaded?.(loaded);
  const key = CACHE_BUILD === null ? null : analysisKey(CACHE_BUILD, loaded, file);
  const cached = key === null ? null : await readCachedAnalysis(key);
  if (signal?.aborted) throw abortError();
  if (cached) {
    const { analysing: _cached, ...entry } = loaded;
    return { ...entry, ...cached };
  }
  try {
    const analysed = await step({ kind: 'analyse', path, text, file }, ANALYSE_LATER, signal);
    if (key !== null && analysed.status === 'ok')
      void writeCachedAnalysis(key, { analysis: analysed.analysis, warnings: analysed.warnings });
    return analysed;
  } catch (error) {
    if (isAbort(error)) throw error;
    // Playable without an analysis: the card shows no par, as when the analysis fails.
    const { analysing: _stopped, ...entry } = loaded;
    return { ...entry, analysis: null };
  }
};
