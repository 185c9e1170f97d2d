/**
 * The frame shared by the trend charts: an SVG drawn at its real pixel width (so text keeps
 * its size on a phone), with a y axis, grid lines and one x slot per drill, plus the table
 * that says the same thing in text (for screen readers and exact values).
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ticks } from './trends.ts';

export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  plotHeight: number;
  /** Centre x of slot `i` of `n`. */
  slotX: (i: number, n: number) => number;
  slotWidth: (n: number) => number;
  /** y of value `v` on an axis from 0 to `max`. */
  valueY: (v: number, max: number) => number;
}

export function geometry(width: number): Geometry {
  const [height, left, right, top, bottom] = [220, 44, 12, 12, 36];
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const slotWidth = (n: number) => plotWidth / Math.max(1, n);
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    plotHeight,
    slotX: (i, n) => left + (i + 0.5) * slotWidth(n),
    slotWidth,
    valueY: (v, max) => top + plotHeight * (1 - v / max),
  };
}

/** Width of an element, following resizes (a fixed default where layout is not measured). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows, also the SVG's description. */
  summary: string;
  yMax: number;
  yLabel: (v: number) => string;
  /** Short x labels, one per slot (dates). */
  xLabels: string[];
  children: (g: Geometry) => ReactNode;
  legend?: ReactNode;
  table: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, yMax, yLabel, xLabels, children, legend, table } = props;
  const id = useId();
  const [ref, width] = useWidth(640);
  const g = geometry(Math.max(240, width));
  const n = xLabels.length;
  // Thin the labels so they never overlap: one per ~72 px at most ("24 Nov #2" fits).
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((g.width - g.left) / 72))));
  return (
    <figure className="trend-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="trend-title">
        {title}
      </figcaption>
      <div ref={ref} className="trend-canvas">
        <svg
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <desc id={`${id}-desc`}>{summary}</desc>
          {ticks(yMax).map((v) => (
            <g key={v} className="trend-grid">
              <line
                x1={g.left}
                x2={g.width - g.right}
                y1={g.valueY(v, yMax)}
                y2={g.valueY(v, yMax)}
              />
              <text x={g.left - 6} y={g.valueY(v, yMax) + 4} textAnchor="end">
                {yLabel(v)}
              </text>
            </g>
          ))}
          {xLabels.map((label, i) =>
            i % every === 0 ? (
              <text
                key={i}
                className="trend-x"
                x={g.slotX(i, n)}
                y={g.height - 12}
                textAnchor="middle"
              >
                {label}
              </text>
            ) : null,
          )}
          {children(g)}
        </svg>
      </div>
      {legend}
      <details className="trend-table">
        <summary>{title}: as a table</summary>
        {table}
      </details>
    </figure>
  );
}
