/** Screen 1: choose a scenario and the team. */
import { Suspense, lazy } from 'react';
import type { DrillSession } from '../../engine/index.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { useAppStore, type Screen } from '../store.ts';
import './lobby.css';
import { ErrorCard, LoadingCard, ScenarioCard } from './ScenarioCard.tsx';
import { TeamSetup } from './TeamSetup.tsx';

// Saved drills need Dexie and zod: loaded after the lobby's first paint.
const YourDrills = lazy(() =>
  import('../persistence/YourDrills.tsx').then((m) => ({ default: m.YourDrills })),
);
// Schedules too (and the recurrence code): the card shows only when a drill is scheduled.
const NextDrillCard = lazy(() =>
  import('../schedule/NextDrillCard.tsx').then((m) => ({ default: m.NextDrillCard })),
);

const DIFFICULTIES = ['intro', 'intermediate', 'advanced', 'expert'];

export interface LobbyProps {
  entries: CatalogueEntry[];
  onChoose: (path: string, mystery: boolean) => void;
  /** Continue a saved drill (restored in the store) on this screen; no "Your drills" without it. */
  onResume?: (session: DrillSession, screen: Screen) => void;
  /** Injected for tests; the UI may use Math.random. */
  random?: () => number;
}

export function LobbyScreen({ entries, onChoose, onResume, random = Math.random }: LobbyProps) {
  const tagFilter = useAppStore((s) => s.tagFilter);
  const difficultyFilter = useAppStore((s) => s.difficultyFilter);
  const setFilters = useAppStore((s) => s.setFilters);
  const playable = entries.filter((e) => e.status === 'ok');
  const tags = [...new Set(playable.flatMap((e) => e.model.file.tags))].sort();
  const shown = playable.filter(
    (e) =>
      (!tagFilter || e.model.file.tags.includes(tagFilter)) &&
      (!difficultyFilter || e.model.file.difficulty === difficultyFilter),
  );
  const surprise = () => {
    const pick = playable[Math.floor(random() * playable.length)];
    if (pick) onChoose(pick.path, true);
  };

  return (
    <div className="lobby">
      <p className="lede">
        Rehearse a real outage against a game clock. Pick a scenario, gather your team, and find the
        root cause before the business notices.
      </p>
      <Suspense fallback={null}>
        <NextDrillCard entries={entries} />
      </Suspense>
      {onResume && (
        <Suspense fallback={null}>
          <YourDrills entries={entries} onResume={onResume} />
        </Suspense>
      )}
      <TeamSetup />
      <section className="panel" aria-labelledby="catalogue-heading">
        <div className="row spread">
          <h2 id="catalogue-heading">Scenarios</h2>
          <button type="button" onClick={surprise} disabled={playable.length === 0}>
            Surprise me
          </button>
        </div>
        <div className="row filters">
          <label>
            Failure mode
            <select value={tagFilter} onChange={(e) => setFilters({ tag: e.target.value })}>
              <option value="">All</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Difficulty
            <select
              value={difficultyFilter}
              onChange={(e) => setFilters({ difficulty: e.target.value })}
            >
              <option value="">All</option>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <p className="muted" aria-live="polite">
            {shown.length} of {playable.length} playable
          </p>
        </div>
        <div className="cards">
          {entries.length === 0 && <p>Looking for scenarios…</p>}
          {shown.map((e) => (
            <ScenarioCard key={e.path} entry={e} onChoose={() => onChoose(e.path, false)} />
          ))}
          {entries.map((e) =>
            e.status === 'loading' ? (
              <LoadingCard key={e.path} path={e.path} />
            ) : e.status === 'error' ? (
              <ErrorCard key={e.path} entry={e} />
            ) : null,
          )}
        </div>
      </section>
    </div>
  );
}
