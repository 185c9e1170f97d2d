/** Live dashboards: one chart per metric over the last four game hours. */
import { memo, useMemo } from 'react';
import { metricSeries, type DrillContext } from '../../engine/index.ts';
import { sameFields } from '../session/equality.ts';
import {
  useDrillState,
  useDrillTime,
  useSession,
  type DrillState,
  type DrillView,
} from '../session/useDrill.ts';
import { LineChart } from './LineChart.tsx';

const WINDOW_MS = 4 * 3_600_000;

// Whole game minutes: the seeded jitter is per minute, so charts stay still between them.
const selectMinute = ({ now }: DrillView) => Math.floor(now / 60_000) * 60_000;
const selectCtx = ({ ctx }: DrillState) => ctx;
/** What `metricSeries` reads: other events (a note, a hypothesis) leave the charts alone. */
export const sameTelemetry = sameFields<DrillContext>(
  'seed',
  'phase',
  'phaseHistory',
  'metricOverrides',
);

export const Dashboards = memo(function Dashboards() {
  const model = useSession().scenario;
  const minute = useDrillTime(selectMinute);
  const ctx = useDrillState(selectCtx, sameTelemetry);
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
});
