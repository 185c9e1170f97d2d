/** The history page: finished drills from the browser database (loaded lazily by `App`). */
import { useEffect, useState } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { defaultAnalyzer, type Analyzer } from '../catalogue/useCatalogue.ts';
import { useSavedDrills } from '../persistence/useSavedDrills.ts';
import { fillMissingResults } from './fillResults.ts';
import { HistoryView } from './HistoryView.tsx';

export interface HistoryScreenProps {
  entries: readonly CatalogueEntry[];
  onStart: (path: string) => void;
  analyze?: Analyzer;
}

export function HistoryScreen({ entries, onStart, analyze = defaultAnalyzer }: HistoryScreenProps) {
  const saved = useSavedDrills();
  // Read once per visit: "recently played" does not need to tick.
  const [now] = useState(() => Date.now());
  const [filled, setFilled] = useState<{ from: StoredDrill[]; drills: StoredDrill[] } | null>(null);
  const catalogueReady = entries.length > 0 && entries.every((e) => e.status !== 'loading');

  useEffect(() => {
    if (saved.status !== 'ready' || !catalogueReady) return;
    if (!saved.drills.some((d) => d.status === 'finished' && d.result === null)) return;
    let live = true;
    const from = saved.drills;
    void fillMissingResults(from, entries, analyze).then((drills) => {
      if (live) setFilled({ from, drills });
    });
    return () => {
      live = false;
    };
  }, [saved, entries, analyze, catalogueReady]);

  if (saved.status === 'loading') return <p role="status">Loading your drills…</p>;
  if (saved.status === 'unavailable')
    return (
      <p role="alert">
        Saved drills cannot be read in this browser (storage is unavailable), so there is no history
        to show.
      </p>
    );
  // Until old records are scored, show them as they are (their result cells read "—").
  const drills = filled?.from === saved.drills ? filled.drills : saved.drills;
  return (
    <HistoryView drills={drills} entries={entries} onStart={onStart} now={now} analyze={analyze} />
  );
}
