/** A solo learner's competency by failure mode, and the scenario to play next. */
import { formatRatio, longDate } from './format.ts';
import { LEVEL_LABELS, type ModeCompetency, type Recommendation } from './competency.ts';

export interface CompetencyMapProps {
  player: string;
  map: ModeCompetency[];
  recommendation: Recommendation | null;
  onStart: (path: string) => void;
}

export function CompetencyMap({ player, map, recommendation, onStart }: CompetencyMapProps) {
  const practised = map.filter((m) => m.drills > 0).length;
  return (
    <div className="competency">
      <p className="muted">
        {player}: {practised} of {map.length} failure modes practised. The level follows the latest
        drill of each mode.
      </p>
      <ul className="competency-grid" aria-label={`Competency of ${player} by failure mode`}>
        {map.map((m) => (
          <li key={m.mode} className={`competency-cell level-${m.level}`}>
            <h3>{m.mode}</h3>
            <p className="competency-level">{LEVEL_LABELS[m.level]}</p>
            {m.drills > 0 ? (
              <dl className="competency-facts">
                <div>
                  <dt>Drills</dt>
                  <dd>{m.drills}</dd>
                </div>
                <div>
                  <dt>Latest</dt>
                  <dd>
                    {formatRatio(m.lastRatio)}, grade {m.lastGrade ?? '—'}
                  </dd>
                </div>
                <div>
                  <dt>Best</dt>
                  <dd>
                    {formatRatio(m.bestRatio)}, grade {m.bestGrade ?? '—'}
                  </dd>
                </div>
                {m.lastPlayedAt !== null && (
                  <div>
                    <dt>Last played</dt>
                    <dd>{longDate(m.lastPlayedAt)}</dd>
                  </div>
                )}
              </dl>
            ) : (
              <p className="muted small-text">No drill yet.</p>
            )}
          </li>
        ))}
      </ul>
      <section className="card recommendation" aria-labelledby="recommend-heading">
        <h3 id="recommend-heading">Recommended next</h3>
        {recommendation ? (
          <>
            <p>
              <strong>{recommendation.scenario.title}</strong>{' '}
              <span className={`badge difficulty-${recommendation.scenario.difficulty}`}>
                {recommendation.scenario.difficulty}
              </span>
            </p>
            <p className="muted">{recommendation.reason}</p>
            <button
              type="button"
              className="primary"
              onClick={() => onStart(recommendation.scenario.path)}
            >
              Start {recommendation.scenario.title}
            </button>
          </>
        ) : (
          <p className="muted">No playable scenario in the catalogue drills these failure modes.</p>
        )}
      </section>
    </div>
  );
}
