/** Live dashboards: one chart per metric over the last four game hours. */
import { useMemo } from 'react';
import { metricSeries } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { LineChart } from './LineChart.tsx';

const WINDOW_MS = 4 * 3_600_000;

export function Dashboards() {
  const { model, ctx, now } = useDrillView();
  // Whole game minutes: the seeded jitter is per minute, so charts stay still between them.
  const minute = Math.floor(now / 60_000) * 60_000;
  const charts = useMemo(
    () =>
      model.file.world.metrics.map((metric) => ({
        metric,
        points: metricSeries(model, ctx, metric.id, Math.max(0, minute - WINDOW_MS), minute, 120),
      })),
    [model, ctx, minute],
  );
  if (charts.length === 0) return null;
  return (
    <section className="panel dashboards" aria-labelledby="dash-heading">
      <h2 id="dash-heading">Dashboards</h2>
      <div className="chart-grid">
        {charts.map(({ metric, points }) => (
          <LineChart
            key={metric.id}
            title={metric.name}
            unit={metric.unit}
            points={points}
            threshold={metric.alertAbove}
          />
        ))}
      </div>
    </section>
  );
}
