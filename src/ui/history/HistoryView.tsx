/**
 * The history page's content for a given list of drills: filters, trend charts, the solo
 * competency map with a recommended scenario, and the table of finished drills.
 */
import { useMemo, useState } from 'react';
import { FAILURE_MODES } from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { entryOrigin } from '../catalogue/origin.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { defaultAnalyzer, type Analyzer } from '../catalogue/useCatalogue.ts';
import { competencyMap, recommendNext } from './competency.ts';
import { CompetencyMap } from './CompetencyMap.tsx';
import { DrillReview, type ReviewView } from './DrillReview.tsx';
import { DrillTable } from './DrillTable.tsx';
import { TrendCharts } from './TrendCharts.tsx';
import {
  applyFilter,
  filterOptions,
  finishedDrills,
  historyRows,
  trendPoints,
  type CatalogueScenario,
  type HistoryFilter,
} from './trends.ts';
import './history.css';

/** Playable catalogue scenarios (drafts left out: they are not part of a learner's path). */
export function catalogueScenarios(entries: readonly CatalogueEntry[]): CatalogueScenario[] {
  return entries.flatMap((e) =>
    e.status === 'ok' && entryOrigin(e.path) !== 'draft'
      ? [
          {
            id: e.model.ref.id,
            path: e.path,
            title: e.model.file.title,
            version: e.model.ref.version,
            hash: e.model.ref.hash,
            difficulty: e.model.file.difficulty,
            failureModes: e.model.file.failureModes,
          },
        ]
      : [],
  );
}

export interface HistoryViewProps {
  drills: readonly StoredDrill[];
  entries: readonly CatalogueEntry[];
  /** Go to the briefing of a scenario (recommended next). */
  onStart: (path: string) => void;
  /** Wall-clock now, for "not played recently". */
  now: number;
  analyze?: Analyzer;
}

export function HistoryView({
  drills,
  entries,
  onStart,
  now,
  analyze = defaultAnalyzer,
}: HistoryViewProps) {
  const [filter, setFilter] = useState<HistoryFilter>({ team: '', scenarioId: '' });
  const [open, setOpen] = useState<{ id: string; view: ReviewView } | null>(null);
  const finished = useMemo(() => finishedDrills(drills), [drills]);
  const catalogue = useMemo(() => catalogueScenarios(entries), [entries]);
  const options = filterOptions(finished);
  const shown = applyFilter(finished, filter);
  const rows = historyRows(shown, catalogue);

  // Trends are per team or player: the chosen one, else whoever played last.
  const trendTeam = filter.team || finished.at(-1)?.team || '';
  const trendDrills = applyFilter(finished, { ...filter, team: trendTeam });
  const solo = finished.filter((d) => d.mode === 'solo');
  const player = solo.some((d) => d.team === filter.team) ? filter.team : (solo.at(-1)?.team ?? '');
  const learnerDrills = solo.filter((d) => d.team === player);
  const map = competencyMap(learnerDrills, FAILURE_MODES, catalogue);
  const recommendation = recommendNext(map, catalogue, learnerDrills, now);

  const drill = open ? finished.find((d) => d.id === open.id) : undefined;
  if (open && drill)
    return (
      <DrillReview
        drill={drill}
        entries={entries}
        analyze={analyze}
        view={open.view}
        onView={(view) => setOpen({ ...open, view })}
        onBack={() => setOpen(null)}
      />
    );

  return (
    <div className="history">
      <section className="panel" aria-labelledby="history-filters">
        <h2 id="history-filters">History</h2>
        <p className="muted">
          {finished.length} finished {finished.length === 1 ? 'drill' : 'drills'}. Playtests of
          drafts are left out.
        </p>
        <div className="row filters">
          <label>
            Team or player
            <select
              value={filter.team}
              onChange={(e) => setFilter({ ...filter, team: e.target.value })}
            >
              <option value="">Everyone</option>
              {options.teams.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Scenario
            <select
              value={filter.scenarioId}
              onChange={(e) => setFilter({ ...filter, scenarioId: e.target.value })}
            >
              <option value="">All scenarios</option>
              {options.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <section className="panel" aria-labelledby="history-trends">
        <h2 id="history-trends">Trends{trendTeam && `: ${trendTeam}`}</h2>
        {!filter.team && trendTeam && (
          <p className="muted small-text">
            The team or player of the latest drill; choose another above.
          </p>
        )}
        <TrendCharts points={trendPoints(trendDrills)} />
      </section>

      <section className="panel" aria-labelledby="history-competency">
        <h2 id="history-competency">Competency map{player && `: ${player}`}</h2>
        {player ? (
          <CompetencyMap
            player={player}
            map={map}
            recommendation={recommendation}
            onStart={onStart}
          />
        ) : (
          <p className="muted">Play a solo drill to start your competency map.</p>
        )}
      </section>

      <section className="panel" aria-labelledby="history-drills">
        <h2 id="history-drills">Finished drills ({rows.length})</h2>
        <DrillTable rows={rows} onOpen={(id, view) => setOpen({ id, view })} />
      </section>
    </div>
  );
}
