/**
 * Scenario analyses kept in IndexedDB (`analyses` table), so a lobby visit after the first shows
 * par times at once and spends no CPU analysing files it has seen. Keyed by the exact file
 * (content hash), where it is listed (path and file name, which problem messages quote) and the
 * app build, since a new engine may analyse differently. A cache only: no IndexedDB, a failed
 * read or a row of another shape is a miss, and a failed write is ignored.
 */
import type { AnalysisResult, Problem } from '../../engine/index.ts';
import type { FiredrillDatabase } from '../../storage/db.ts';

export interface CachedAnalysis {
  analysis: AnalysisResult | null;
  warnings: Problem[];
}

/** Rows kept; the oldest go first. A row is a few kilobytes. */
export const MAX_CACHED_ANALYSES = 100;

// Dexie loads with the first use (the lobby's library source loads it too), not at first paint.
const loadDb = () => import('../../storage/db.ts').then((m) => m.database());

export function analysisKey(
  build: string,
  entry: { path: string; model: { ref: { hash: string } } },
  file: string | undefined,
): string {
  return [build, entry.path, file ?? '', entry.model.ref.hash].join('|');
}

const isCached = (value: unknown): value is CachedAnalysis =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as CachedAnalysis).warnings) &&
  typeof (value as CachedAnalysis).analysis === 'object';

export async function readCachedAnalysis(
  key: string,
  db?: FiredrillDatabase,
): Promise<CachedAnalysis | null> {
  try {
    const row = await (db ?? (await loadDb())).analyses.get(key);
    return row && isCached(row.value) ? row.value : null;
  } catch {
    return null;
  }
}

export async function writeCachedAnalysis(
  key: string,
  value: CachedAnalysis,
  options: { db?: FiredrillDatabase; now?: number } = {},
): Promise<void> {
  try {
    const db = options.db ?? (await loadDb());
    await db.analyses.put({ key, value, savedAt: options.now ?? Date.now() });
    const extra = (await db.analyses.count()) - MAX_CACHED_ANALYSES;
    if (extra > 0) {
      const oldest = await db.analyses.orderBy('savedAt').limit(extra).primaryKeys();
      await db.analyses.bulkDelete(oldest);
    }
  } catch {
    // A cache: the next visit analyses again.
  }
}
