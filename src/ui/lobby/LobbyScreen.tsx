/** Screen 1: choose a scenario and the team. */
import { Suspense, lazy } from 'react';
import type { DrillSession } from '../../engine/index.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { useAppStore, type Screen } from '../store.ts';
import './lobby.css';
import {
  LOBBY_FAILURE_MODES,
  countLine,
  matchesFilters,
  modeCounts,
  type OkEntry,
} from './lobbyFilters.ts';
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
  const filters = {
    mode: useAppStore((s) => s.modeFilter),
    difficulty: useAppStore((s) => s.difficultyFilter),
    search: useAppStore((s) => s.searchFilter),
  };
  const setFilters = useAppStore((s) => s.setFilters);
  const playable = entries.filter((e): e is OkEntry => e.status === 'ok');
  const loading = entries.filter((e) => e.status === 'loading').length;
  const shown = playable.filter((e) => matchesFilters(e, filters));
  const settled = entries.length > 0 && loading === 0;
  const filtered = Boolean(filters.mode || filters.difficulty || filters.search.trim());
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
          <label className="lobby-search">
            Search
            <input
              type="search"
              value={filters.search}
              placeholder="Title, summary or tag"
              onChange={(e) => setFilters({ search: e.target.value })}
            />
          </label>
          <label>
            Failure mode
            <select value={filters.mode} onChange={(e) => setFilters({ mode: e.target.value })}>
              <option value="">All</option>
              {modeCounts(LOBBY_FAILURE_MODES, playable).map(({ mode, count }) => (
                <option key={mode} value={mode}>
                  {/* Counts only once every file is in: "dns (0)" must mean none, not not yet. */}
                  {settled ? `${mode} (${count})` : mode}
                </option>
              ))}
            </select>
          </label>
          <label>
            Difficulty
            <select
              value={filters.difficulty}
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
          <p className="muted lobby-count" aria-live="polite">
            {countLine(entries.length, loading, playable.length, shown.length)}
          </p>
        </div>
        {filtered && shown.length === 0 && playable.length > 0 && (
          <p className="lobby-no-match">
            No scenario matches these filters.{' '}
            <button
              type="button"
              className="small"
              onClick={() => setFilters({ mode: '', difficulty: '', search: '' })}
            >
              Clear filters
            </button>
          </p>
        )}
        <div className="cards">
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
