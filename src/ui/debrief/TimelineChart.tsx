/**
 * The team's run, the par path and the real incident on one shared game-time axis.
 * The chart shows numbered pins (stacked into rows where they would overlap); every event's
 * full text is in the numbered lists under it (`TimelineLists`), which are also what a screen
 * reader reads. Narrow screens get the lists only. Driven by the engine's lanes and events:
 * whatever kinds of event a lane carries are drawn the same way.
 */
import type { Debrief } from '../../engine/index.ts';
import { formatGameTime } from '../../engine/index.ts';
import { axisTicks, layoutTimelines, MARK_SYMBOL } from './timelineLayout.ts';
import { emptyLaneText, eventSummary, laneHeading, TimelineLists } from './TimelineLists.tsx';

const ROW_PX = 24;
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export function TimelineChart({
  timelines,
  analysing = false,
}: {
  timelines: Debrief['timelines'];
  /** Par is still being worked out: its lane says so instead of "no data". */
  analysing?: boolean;
}) {
  const { width, lanes } = layoutTimelines(timelines);
  const ticks = axisTicks(timelines.axisEnd);
  const at = (t: number) => (timelines.axisEnd > 0 ? Math.max(0, t) / timelines.axisEnd : 0);

  return (
    <div className="debrief-timelines">
      <div
        className="debrief-chart-scroll"
        role="region"
        aria-label="Timelines on a shared game-time axis (scrolls sideways)"
        tabIndex={0}
      >
        <div className="debrief-chart" style={{ minWidth: width + 64 }}>
          <div className="debrief-axis" aria-hidden="true">
            {ticks.map((t) => (
              <span key={t} className="debrief-tick" style={{ left: pct(at(t)) }}>
                {formatGameTime(t)}
              </span>
            ))}
          </div>
          {lanes.map(({ lane, pins, rows }) => (
            <section key={lane.id} className="debrief-lane" aria-label={lane.label}>
              <h4 className="debrief-lane-label">{laneHeading(lane)}</h4>
              {pins.length === 0 ? (
                <p className="debrief-muted">{emptyLaneText(lane, analysing)}</p>
              ) : (
                <>
                  <p className="debrief-sr-only">
                    {pins.length} events, listed in full under the chart.
                  </p>
                  <div
                    className="debrief-lane-body"
                    style={{ height: rows * ROW_PX }}
                    aria-hidden="true"
                  >
                    {lane.end !== null && (
                      <div
                        className={`debrief-lane-span debrief-lane-span-${lane.id}`}
                        style={{ left: 0, width: pct(at(lane.end)) }}
                      />
                    )}
                    {pins.map((pin) => (
                      <span
                        key={pin.number}
                        className={`debrief-pin${pin.event.mark ? ` debrief-mark-${pin.event.mark}` : ''}`}
                        data-kind={pin.event.kind}
                        style={{ left: pct(pin.at), top: pin.row * ROW_PX }}
                        title={eventSummary(pin.event)}
                      >
                        {pin.label}
                      </span>
                    ))}
                  </div>
                </>
              )}
            </section>
          ))}
          <p className="debrief-legend" aria-hidden="true">
            {Object.values(MARK_SYMBOL).map((m) => (
              <span key={m.text}>
                {m.symbol} {m.text}
              </span>
            ))}
            <span>Hover a pin for its event; all events are listed below.</span>
          </p>
        </div>
      </div>
      <TimelineLists lanes={lanes} analysing={analysing} />
    </div>
  );
}
