/** One saved drill, rebuilt from its journal: its score, its debrief, or a step-by-step replay. */
import { Suspense, lazy, useEffect, useState } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import type { Analyzer } from '../catalogue/useCatalogue.ts';
import { longDate } from './format.ts';
import { rebuildDrill, type Rebuilt } from './rebuild.ts';
import { ReplayViewer } from './ReplayViewer.tsx';

const ScoreScreen = lazy(() =>
  import('../debrief/ScoreScreen.tsx').then((m) => ({ default: m.ScoreScreen })),
);
const DebriefScreen = lazy(() =>
  import('../debrief/DebriefScreen.tsx').then((m) => ({ default: m.DebriefScreen })),
);

export type ReviewView = 'score' | 'debrief' | 'replay';

const VIEWS: { id: ReviewView; label: string }[] = [
  { id: 'score', label: 'Score' },
  { id: 'debrief', label: 'Debrief' },
  { id: 'replay', label: 'Step through' },
];

export interface DrillReviewProps {
  drill: StoredDrill;
  entries: readonly CatalogueEntry[];
  analyze: Analyzer;
  view: ReviewView;
  onView: (view: ReviewView) => void;
  onBack: () => void;
}

export function DrillReview({ drill, entries, analyze, view, onView, onBack }: DrillReviewProps) {
  const [rebuilt, setRebuilt] = useState<Rebuilt | null>(null);
  // The catalogue loads in the background: rebuild once the drill's scenario is there, or
  // once everything has loaded without it.
  const ready =
    entries.some((e) => e.status === 'ok' && e.model.ref.hash === drill.scenario.hash) ||
    (entries.length > 0 && entries.every((e) => e.status !== 'loading'));
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void rebuildDrill(drill, entries, analyze).then((r) => {
      if (live) setRebuilt(r);
    });
    return () => {
      live = false;
    };
  }, [drill, entries, analyze, ready]);

  let body;
  if (!rebuilt) body = <p role="status">Replaying the drill from its journal…</p>;
  else if (!rebuilt.ok) body = <p role="alert">{rebuilt.reason}</p>;
  else if (view === 'replay') body = <ReplayViewer model={rebuilt.model} drill={drill} />;
  else {
    const props = { session: rebuilt.session, analysis: rebuilt.analysis, onExit: onBack };
    body = (
      <Suspense fallback={<p role="status">Scoring the drill…</p>}>
        {view === 'score' ? (
          <ScoreScreen {...props} onDebrief={() => onView('debrief')} />
        ) : (
          <DebriefScreen {...props} />
        )}
      </Suspense>
    );
  }

  return (
    <div className="drill-review">
      <div className="row spread review-bar">
        <button type="button" onClick={onBack}>
          ← Back to history
        </button>
        <p className="muted">
          {drill.scenarioTitle} · {drill.team} · {longDate(drill.finishedAt ?? drill.updatedAt)}
        </p>
        <div className="row review-views" role="group" aria-label="How to review this drill">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-pressed={view === v.id}
              onClick={() => onView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>
      {body}
    </div>
  );
}
