/**
 * The lobby's "Your drills": resume the unfinished drill (or discard it), reopen recent ones,
 * export them, and import drill files or backups. Loaded lazily with the storage code.
 */
import { useEffect, useRef, useState } from 'react';
import type { DrillSession } from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { saveDrill } from '../../storage/drills.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { defaultAnalyzer } from '../catalogue/useCatalogue.ts';
import { useAppStore, type Screen } from '../store.ts';
import { enterResumedDrill, screenToReopen } from './enterDrill.ts';
import { DrillTransfer } from './DrillTransfer.tsx';
import { describeDrill as describe, titleOf, when } from './drillLabels.ts';
import { OpenDrillFile } from './OpenDrillFile.tsx';
import { openDrillToReopen, rememberOpenDrill } from './reopenOnReload.ts';
import { downloadDrill } from './exportFiles.ts';
import {
  findScenario,
  resumeFromCatalogue,
  resumeFromText,
  resumeLabel,
  type ResumedDrill,
} from './resume.ts';
import { useSavedDrills } from './useSavedDrills.ts';
import './persistence.css';

export interface YourDrillsProps {
  entries: readonly CatalogueEntry[];
  /** Show this session (already restored in the store) on this screen. */
  onResume: (session: DrillSession, screen: Screen) => void;
}

const RECENT = 5;

interface Problem {
  drill: StoredDrill;
  reason: string;
  canUseSavedText: boolean;
}

export function YourDrills({ entries, onResume }: YourDrillsProps) {
  const saved = useSavedDrills();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const loading = entries.length === 0 || entries.some((e) => e.status === 'loading');
  const reopenTried = useRef(false);
  const enter = (resumed: ResumedDrill) =>
    onResume(enterResumedDrill(resumed), screenToReopen(resumed));

  // The tab was reloaded on a finished drill's score or debrief: go straight back there.
  useEffect(() => {
    if (reopenTried.current || saved.status !== 'ready') return;
    const id = openDrillToReopen();
    const drill = id === null ? undefined : saved.drills.find((d) => d.id === id && !d.playtest);
    if (drill?.status === 'finished' && loading && !findScenario(drill, entries)) return;
    reopenTried.current = true;
    if (drill?.status !== 'finished') {
      rememberOpenDrill(null);
      return;
    }
    const outcome = resumeFromCatalogue(drill, entries);
    // When it cannot replay here any more, the lobby stays: "Open" explains why.
    if (outcome.ok) onResume(enterResumedDrill(outcome.resumed), screenToReopen(outcome.resumed));
    else rememberOpenDrill(null);
  }, [saved, entries, loading, onResume]);

  // Private browsing (no IndexedDB): nothing is kept, but an exported drill can be opened.
  if (saved.status === 'unavailable')
    return <OpenDrillFile entries={entries} onOpen={enter} loading={loading} />;
  if (saved.status !== 'ready') return null;
  // Authors' playtests are not drills to resume or review (history leaves them out too).
  const drills = saved.drills.filter((d) => !d.playtest);
  const unfinished = drills.find((d) => d.status === 'active') ?? null;
  const recent = drills.filter((d) => d !== unfinished).slice(0, RECENT);
  // A drill waits for the catalogue only when its scenario might still be loading.
  const waiting = (d: StoredDrill) => loading && !findScenario(d, entries);

  const open = (drill: StoredDrill) => {
    setProblem(null);
    const outcome = resumeFromCatalogue(drill, entries);
    if (outcome.ok) enter(outcome.resumed);
    else setProblem({ drill, ...outcome });
  };
  const openWithSavedText = async (drill: StoredDrill) => {
    setBusy(true);
    const outcome = await resumeFromText(drill, defaultAnalyzer);
    setBusy(false);
    if (outcome.ok) enter(outcome.resumed);
    else setProblem({ drill, ...outcome });
  };
  const discard = (drill: StoredDrill) =>
    void saveDrill({ ...drill, status: 'abandoned', updatedAt: Date.now() }).catch(() => {});

  return (
    <section className="panel your-drills" aria-labelledby="your-drills-heading">
      <div className="row spread">
        <h2 id="your-drills-heading">Your drills</h2>
        {drills.length > RECENT + (unfinished ? 1 : 0) && (
          <button type="button" onClick={() => useAppStore.getState().go('history')}>
            All {drills.length} drills
          </button>
        )}
      </div>
      {unfinished && (
        <div className="resume-offer" role="group" aria-label="Unfinished drill">
          <p>
            <strong>Unfinished drill:</strong> {titleOf(unfinished)}
            <br />
            <span className="muted small-text">{describe(unfinished)}</span>
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={waiting(unfinished) || busy}
              onClick={() => open(unfinished)}
            >
              {resumeLabel(unfinished)}
            </button>
            <button type="button" onClick={() => discard(unfinished)}>
              Discard
            </button>
          </div>
          {waiting(unfinished) && <p className="muted small-text">Loading scenarios…</p>}
        </div>
      )}
      {problem && (
        <div className="drill-problem" role="alert">
          <p>{problem.reason}</p>
          <div className="row">
            {problem.canUseSavedText && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void openWithSavedText(problem.drill)}
              >
                Replay with the saved scenario
              </button>
            )}
            <button type="button" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {recent.length > 0 ? (
        <ul className="plain-list drill-list" aria-label="Recent drills">
          {recent.map((d) => (
            <li key={d.id}>
              <div>
                <strong>{titleOf(d)}</strong>
                <br />
                <span className="muted small-text">{describe(d)}</span>
              </div>
              <div className="drill-list-actions">
                <button
                  type="button"
                  disabled={waiting(d) || busy}
                  onClick={() => open(d)}
                  aria-label={`${d.status === 'finished' ? 'Open' : 'Resume'} ${titleOf(d)}, ${when(d.startedAt)}`}
                >
                  {d.status === 'finished' ? 'Open' : 'Resume'}
                </button>
                <button
                  type="button"
                  onClick={() => void downloadDrill(d)}
                  aria-label={`Export ${titleOf(d)}, ${when(d.startedAt)}`}
                >
                  Export
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        !unfinished && <p className="muted">No saved drills yet. Finished drills appear here.</p>
      )}
      <DrillTransfer drills={drills} />
    </section>
  );
}
