/**
 * Trends for one team or player, one slot per finished drill, oldest on the left:
 * time to resolution relative to par, phase splits stacked, and red-herring minutes.
 */
import { formatDuration } from '../../engine/index.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { dateLabels, formatRatio, longDate } from './format.ts';
import { niceCeil, PHASE_ORDER, type TrendPoint } from './trends.ts';

const PHASE_COLOURS: Record<string, string> = {
  acknowledge: '#a9b8c7',
  hypothesis: '#66b2ff',
  escalate: '#f2cc60',
  mitigate: '#c297ff',
  resolve: '#56d364',
};
const PHASE_LABELS: Record<string, string> = {
  acknowledge: 'Acknowledge',
  hypothesis: 'Correct hypothesis',
  escalate: 'Escalate',
  mitigate: 'Mitigate',
  resolve: 'Resolve',
};

function RatioChart({ points }: { points: TrendPoint[] }) {
  const n = points.length;
  const max = niceCeil(Math.max(1.5, ...points.map((p) => p.ratio ?? 0)));
  const rated = points.filter((p) => p.ratio !== null);
  return (
    <ChartFrame
      title="Time to resolution relative to par"
      summary={`${rated.length} of ${n} drills resolved with a par to compare; 1× is par, lower is faster.`}
      yMax={max}
      yLabel={(v) => `${v}×`}
      xLabels={dateLabels(points.map((p) => p.at))}
      table={
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Scenario</th>
              <th scope="col">Against par</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <td>{longDate(p.at)}</td>
                <td>{p.title}</td>
                <td>{p.resolved ? formatRatio(p.ratio) : 'not resolved'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(g) => (
        <>
          <line
            className="trend-par"
            x1={g.left}
            x2={g.width - g.right}
            y1={g.valueY(1, max)}
            y2={g.valueY(1, max)}
          />
          <text
            className="trend-par-label"
            x={g.width - g.right - 4}
            y={g.valueY(1, max) - 4}
            textAnchor="end"
          >
            par
          </text>
          {rated.length > 1 && (
            <polyline
              className="trend-line"
              points={points
                .flatMap((p, i) =>
                  p.ratio === null ? [] : [`${g.slotX(i, n)},${g.valueY(p.ratio, max)}`],
                )
                .join(' ')}
            />
          )}
          {points.map((p, i) =>
            p.ratio === null ? (
              <text
                key={p.id}
                className="trend-miss"
                x={g.slotX(i, n)}
                y={g.top + 12}
                textAnchor="middle"
              >
                ✗
              </text>
            ) : (
              <circle
                key={p.id}
                className="trend-dot"
                cx={g.slotX(i, n)}
                cy={g.valueY(p.ratio, max)}
                r={4}
              />
            ),
          )}
        </>
      )}
    </ChartFrame>
  );
}

function PhaseChart({ points }: { points: TrendPoint[] }) {
  const n = points.length;
  const maxMin = niceCeil(Math.max(1, ...points.map((p) => p.totalMs / 60_000)));
  const seen = PHASE_ORDER.filter((id) => points.some((p) => p.phases.some((s) => s.id === id)));
  return (
    <ChartFrame
      title="Phase splits (game minutes from T+0)"
      summary="Each bar is one drill; its segments are the time taken to reach each milestone after the previous one."
      yMax={maxMin}
      // Short drills get half-minute ticks: rounding them would print "1m" twice.
      yLabel={(v) => `${Number(v.toFixed(1))}m`}
      xLabels={dateLabels(points.map((p) => p.at))}
      legend={
        <ul className="trend-legend" aria-label="Phases">
          {seen.map((id) => (
            <li key={id}>
              <span
                className="trend-swatch"
                style={{ background: PHASE_COLOURS[id] }}
                aria-hidden="true"
              />
              {PHASE_LABELS[id]}
            </li>
          ))}
        </ul>
      }
      table={
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              {seen.map((id) => (
                <th key={id} scope="col">
                  {PHASE_LABELS[id]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <td>{longDate(p.at)}</td>
                {seen.map((id) => {
                  const s = p.phases.find((x) => x.id === id);
                  return <td key={id}>{s ? `+${formatDuration(s.ms)}` : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(g) => {
        const bar = Math.min(40, g.slotWidth(n) * 0.6);
        return points.map((p, i) =>
          p.phases.map((s) => {
            const y0 = g.valueY(s.start / 60_000, maxMin);
            const y1 = g.valueY((s.start + s.ms) / 60_000, maxMin);
            return (
              <rect
                key={`${p.id}-${s.id}`}
                x={g.slotX(i, n) - bar / 2}
                width={bar}
                y={y1}
                height={Math.max(0, y0 - y1)}
                fill={PHASE_COLOURS[s.id] ?? '#a9b8c7'}
              />
            );
          }),
        );
      }}
    </ChartFrame>
  );
}

function HerringChart({ points }: { points: TrendPoint[] }) {
  const n = points.length;
  const max = niceCeil(Math.max(10, ...points.map((p) => p.redHerringMin)));
  const total = points.reduce((sum, p) => sum + p.redHerringMin, 0);
  return (
    <ChartFrame
      title="Red-herring minutes"
      summary={`Game minutes spent testing hypotheses that were not the cause: ${total} in all.`}
      yMax={max}
      yLabel={(v) => `${Math.round(v)}`}
      xLabels={dateLabels(points.map((p) => p.at))}
      table={
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Scenario</th>
              <th scope="col">Red-herring minutes</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <td>{longDate(p.at)}</td>
                <td>{p.title}</td>
                <td>{p.redHerringMin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(g) =>
        points.map((p, i) => (
          <rect
            key={p.id}
            className="trend-herring"
            x={g.slotX(i, n) - Math.min(40, g.slotWidth(n) * 0.6) / 2}
            width={Math.min(40, g.slotWidth(n) * 0.6)}
            y={g.valueY(p.redHerringMin, max)}
            height={(g.plotHeight * p.redHerringMin) / max}
          />
        ))
      }
    </ChartFrame>
  );
}

export function TrendCharts({ points }: { points: TrendPoint[] }) {
  if (points.length === 0) return <p className="muted">No finished drills to chart yet.</p>;
  return (
    <div className="trend-charts">
      <RatioChart points={points} />
      <PhaseChart points={points} />
      <HerringChart points={points} />
    </div>
  );
}
