/**
 * Histogram of simulated time to resolution, one bar per player model in each shared bin,
 * with par and the real incident's duration drawn as labelled vertical lines. The table
 * beside it (in `DifficultyPanel`) carries the same numbers as text.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { formatDuration, type SimulationResult } from '../../engine/index.ts';

/** Widest drawing, in CSS pixels; narrower containers get a narrower drawing, not smaller text. */
const MAX_W = 900;
const MIN_W = 300;
const H = 270;
const PAD = { left: 44, right: 14, top: 44, bottom: 36 };
const plotH = H - PAD.top - PAD.bottom;

/** The element's width, followed with a ResizeObserver where there is one (not in jsdom). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(MAX_W);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, Math.max(MIN_W, Math.min(MAX_W, width || MAX_W))];
}

/** A round axis maximum ≥ `max`, and two or three tick values up to it. */
function countTicks(max: number): { top: number; ticks: number[] } {
  const step =
    [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => max / s <= 4) ?? 1000;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

export function chartSummary(result: SimulationResult): string {
  const fmt = (ms: number | null) => (ms === null ? 'not resolved' : formatDuration(ms));
  const models = result.models
    .map((m) => `${m.label}: median ${fmt(m.percentiles.p50)}, ${m.unresolved} unresolved`)
    .join('; ');
  const par = result.parMs === null ? 'no par' : `par ${formatDuration(result.parMs)}`;
  const real =
    result.historyMs === null
      ? 'no real incident recorded'
      : `real incident ${formatDuration(result.historyMs)}`;
  return `Time to resolution over ${result.runs} simulated runs per player model (${par}, ${real}). ${models}.`;
}

export function DifficultyChart({ result }: { result: SimulationResult }) {
  const id = useId();
  const [frame, W] = useWidth<HTMLDivElement>();
  const { bins, models } = result;
  if (bins.length === 0)
    return <p className="muted">No simulated run resolved the incident, and there is no par.</p>;
  const plotW = W - PAD.left - PAD.right;
  const lo = bins[0]!.start;
  const hi = bins[bins.length - 1]!.end;
  const x = (t: number) => PAD.left + ((t - lo) / (hi - lo)) * plotW;
  const { top, ticks } = countTicks(Math.max(1, ...models.flatMap((m) => m.histogram)));
  const y = (count: number) => PAD.top + plotH * (1 - count / top);
  const binW = plotW / bins.length;
  const barW = (binW * 0.84) / Math.max(1, models.length);
  // Thin the time labels so they never overlap (~90 px each).
  const labelEvery = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(plotW / 90))));
  const marks = [
    { key: 'par', className: 'difficulty-par', label: 'Par', at: result.parMs, row: 0 },
    {
      key: 'real',
      className: 'difficulty-real',
      label: 'Real incident',
      at: result.historyMs,
      row: 1,
    },
  ].filter((m): m is typeof m & { at: number } => m.at !== null);

  return (
    <div ref={frame} className="difficulty-chart-frame">
      <svg
        className="difficulty-chart"
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>Distribution of simulated time to resolution</title>
        <desc id={`${id}-desc`}>{chartSummary(result)}</desc>
        {ticks.map((v) => (
          <g key={v} className="difficulty-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="difficulty-axis-label" x={PAD.left - 6} y={PAD.top - 30} textAnchor="end">
          runs
        </text>
        {bins.map((bin, i) =>
          models.map((m, k) => {
            const count = m.histogram[i] ?? 0;
            if (count === 0) return null;
            return (
              <rect
                key={`${i}-${m.model}`}
                className={`difficulty-bar difficulty-model-${k}`}
                x={x(bin.start) + binW * 0.08 + k * barW}
                y={y(count)}
                width={Math.max(1, barW - 1)}
                height={y(0) - y(count)}
              />
            );
          }),
        )}
        {[...bins.map((b) => b.start), hi].map((t, i) =>
          i % labelEvery === 0 ? (
            <text
              key={t}
              className="difficulty-x"
              x={x(t)}
              y={H - 14}
              textAnchor={i === bins.length ? 'end' : i === 0 ? 'start' : 'middle'}
            >
              {formatDuration(t)}
            </text>
          ) : null,
        )}
        <line
          className="difficulty-baseline"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(0)}
          y2={y(0)}
        />
        {marks.map((mark) => {
          const mx = x(mark.at);
          const right = mx > PAD.left + plotW * 0.65;
          return (
            <g key={mark.key} className={mark.className}>
              <line x1={mx} x2={mx} y1={PAD.top - 30 + mark.row * 16} y2={y(0)} />
              <text
                x={right ? mx - 5 : mx + 5}
                y={PAD.top - 20 + mark.row * 16}
                textAnchor={right ? 'end' : 'start'}
              >
                {`${mark.label} ${formatDuration(mark.at)}`}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
