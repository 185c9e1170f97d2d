/** A tiny dependency-free SVG line chart with an optional threshold line. */
import { memo } from 'react';
import type { SeriesPoint } from '../../engine/index.ts';

const W = 300;
const H = 90;
const PAD = 4;

export interface LineChartProps {
  title: string;
  unit: string;
  points: SeriesPoint[];
  threshold?: number | undefined;
}

/**
 * Memoised: the console re-renders on every clock tick (every frame at top speed) while a
 * chart's points change once a game minute (bench: long drills).
 */
export const LineChart = memo(function LineChart({
  title,
  unit,
  points,
  threshold,
}: LineChartProps) {
  const values = points.map((p) => p.value).filter(Number.isFinite);
  const top = Math.max(1, ...values, threshold ?? 0) * 1.1;
  const first = points[0]?.t ?? 0;
  const span = Math.max(1, (points[points.length - 1]?.t ?? 1) - first);
  const x = (t: number) => PAD + ((t - first) / span) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - (Math.max(0, v) / top) * (H - 2 * PAD);
  const path = points
    .filter((p) => Number.isFinite(p.value))
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const last = points[points.length - 1]?.value ?? Number.NaN;
  const above = threshold !== undefined && last > threshold;
  const summary = `${title}: now ${fmt(last)} ${unit}${
    threshold !== undefined ? `, threshold ${fmt(threshold)} ${unit}` : ''
  }${above ? ', above threshold' : ''}`;
  return (
    <figure className={`chart ${above ? 'chart-bad' : 'chart-ok'}`}>
      <figcaption>
        <span className="chart-title">{title}</span>{' '}
        <span className="chart-value">
          {fmt(last)} {unit}
        </span>{' '}
        {threshold !== undefined && (
          <span className={`badge ${above ? 'danger' : 'ok'}`}>
            {above ? 'Above threshold' : 'Normal'}
          </span>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {threshold !== undefined && (
          <line
            className="threshold"
            x1={PAD}
            x2={W - PAD}
            y1={y(threshold)}
            y2={y(threshold)}
            vectorEffect="non-scaling-stroke"
          />
        )}
        <path className="series" d={path} vectorEffect="non-scaling-stroke" />
      </svg>
      {threshold !== undefined && (
        <p className="chart-legend muted">
          Dashed line: alert threshold {fmt(threshold)} {unit}
        </p>
      )}
    </figure>
  );
});

function fmt(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  return value.toLocaleString('en', { maximumFractionDigits: abs >= 100 ? 0 : abs >= 10 ? 1 : 2 });
}
