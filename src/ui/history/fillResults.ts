/**
 * Older drill records (format 0, migrated on read) kept no result summary. The history
 * rebuilds those drills from their journals to score them, in memory only, so their rows and
 * trend points are complete. Records whose scenario cannot be found keep `result: null`.
 */
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { summarizeResult } from '../../storage/drillResult.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import type { Analyzer } from '../catalogue/useCatalogue.ts';
import { rebuildDrill } from './rebuild.ts';

export async function fillMissingResults(
  drills: readonly StoredDrill[],
  entries: readonly CatalogueEntry[],
  analyze: Analyzer,
): Promise<StoredDrill[]> {
  return Promise.all(
    drills.map(async (drill) => {
      if (drill.status !== 'finished' || drill.result !== null) return drill;
      const rebuilt = await rebuildDrill(drill, entries, analyze);
      if (!rebuilt.ok) return drill;
      const { model, analysis, session } = rebuilt;
      const result = summarizeResult(model, session.context(), {
        par: analysis?.par?.time ?? null,
        at: session.now(),
      });
      return { ...drill, result };
    }),
  );
}
