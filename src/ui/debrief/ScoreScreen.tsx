/** After the drill: time against par and the real incident, phase splits, and the grade. */
import { formatDuration, formatGameTime, STATUS_CADENCE_MS } from '../../engine/index.ts';
import { PlaytestNotice } from './PlaytestNotice.tsx';
import { useDrillScore, type ResultScreenProps } from './useDrillScore.ts';
import './debrief.css';

interface Bar {
  label: string;
  ms: number | null;
  note: string;
}

function ComparisonBars({ bars }: { bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.ms ?? 0));
  return (
    <dl className="debrief-bars">
      {bars.map((bar) => (
        <div key={bar.label} className="debrief-bar-row">
          <dt>{bar.label}</dt>
          <dd>
            <span className="debrief-bar-track" aria-hidden="true">
              {bar.ms !== null && (
                <span className="debrief-bar" style={{ width: `${(bar.ms / max) * 100}%` }} />
              )}
            </span>
            <span className="debrief-bar-value">
              {bar.ms === null ? 'n/a' : formatDuration(bar.ms)}
              {bar.note ? ` · ${bar.note}` : ''}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

const at = (t: number | null) => (t === null ? 'never' : formatGameTime(t));

export function ScoreScreen(props: ResultScreenProps) {
  const { session, analysis, onDebrief, onExit, playtest = false } = props;
  const score = useDrillScore(session, analysis);
  const model = session.scenario;
  const resolved = score.timeToResolve !== null;
  const teamNote = resolved
    ? [
        score.vsPar !== null ? `${score.vsPar.toFixed(1)}× par` : 'no par to compare with',
        score.vsReal !== null ? `${score.vsReal.toFixed(1)}× the real incident` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : `not resolved (stopped at ${formatGameTime(score.at)})`;
  const bars: Bar[] = [
    { label: 'Your team', ms: score.timeToResolve ?? score.at, note: teamNote },
    { label: 'Par', ms: score.par, note: score.par === null ? 'not available' : 'fastest path' },
    {
      label: 'Real incident',
      ms: score.realDuration,
      note: score.realDuration === null ? 'no history' : 'as it happened',
    },
  ];
  const splits: [string, string][] = [
    [
      'Acknowledge',
      score.timeToAcknowledge === null
        ? 'never'
        : `${formatDuration(score.timeToAcknowledge)} after the alert`,
    ],
    ['Correct hypothesis', at(score.timeToCorrectHypothesis)],
    ['Escalate', at(score.timeToEscalate)],
    ['Mitigate', at(score.timeToMitigate)],
    ['Resolve', at(score.timeToResolve)],
  ];
  const labelOf = (h: string) => model.hypotheses.get(h)?.label ?? h;

  return (
    <div className="debrief">
      <header className="debrief-header">
        <h2>Score: {model.file.title}</h2>
        {playtest && <PlaytestNotice />}
        <p className="debrief-grade">
          Grade{' '}
          <strong className={`debrief-grade-letter debrief-grade-${score.grade}`}>
            {score.grade}
          </strong>
        </p>
        <ul className="debrief-reasons">
          {score.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </header>

      <section className="debrief-section" aria-labelledby="score-time">
        <h3 id="score-time">Time to resolution (from T+0)</h3>
        <ComparisonBars bars={bars} />
      </section>

      <section className="debrief-section" aria-labelledby="score-splits">
        <h3 id="score-splits">Phase splits</h3>
        <table className="debrief-table">
          <tbody>
            {splits.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="debrief-section" aria-labelledby="score-herrings">
        <h3 id="score-herrings">Red-herring time: {Math.round(score.redHerringMs / 60_000)} min</h3>
        {score.redHerringByHypothesis.length === 0 ? (
          <p>No time went into hypotheses that were not the cause.</p>
        ) : (
          <ul>
            {score.redHerringByHypothesis.map((r) => (
              <li key={r.hypothesis}>
                {labelOf(r.hypothesis)}: {Math.round(r.ms / 60_000)} min
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="debrief-section" aria-labelledby="score-harmful">
        <h3 id="score-harmful">Harmful actions: {score.harmful.length}</h3>
        {score.harmful.length === 0 ? (
          <p>No action made the outage worse.</p>
        ) : (
          <ul>
            {score.harmful.map((h) => (
              <li key={`${h.action}-${h.t}`}>
                <strong>{model.actions.get(h.action)?.label ?? h.action}</strong> by {h.participant}{' '}
                at {formatGameTime(h.t)}: {h.why}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="debrief-section" aria-labelledby="score-status">
        <h3 id="score-status">Status updates</h3>
        <p>
          {score.statusUpdates.count} posted; longest gap without one{' '}
          {formatDuration(score.statusUpdates.longestGapMs)}.{' '}
          {score.statusUpdates.onCadence
            ? `On cadence (at least every ${formatDuration(STATUS_CADENCE_MS)}).`
            : `Off cadence: aim for every ${formatDuration(STATUS_CADENCE_MS)}.`}
        </p>
      </section>

      <nav className="debrief-nav" aria-label="Score actions">
        {onDebrief && (
          <button type="button" className="debrief-button-primary" onClick={onDebrief}>
            Debrief
          </button>
        )}
        <button type="button" onClick={onExit}>
          Exit
        </button>
      </nav>
    </div>
  );
}
