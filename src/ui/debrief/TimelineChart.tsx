/**
 * The team's run, the par path and the real incident on one shared game-time axis.
 * Markers are positioned with CSS; labels are text, stacked on tracks so they do not
 * overlap; the chart scrolls horizontally on narrow screens.
 */
import type { Debrief, DebriefEvent, DebriefMark } from '../../engine/index.ts';
import { formatGameTime } from '../../engine/index.ts';

const LABEL_WIDTH = 150;
const GAP = 8;
const PAD = 16;
const TRACK_HEIGHT = 52;
const MINUTE = 60_000;
const STEPS = [5, 10, 15, 30, 60, 120, 240, 360, 720, 1440].map((m) => m * MINUTE);

export const MARK_SYMBOL: Record<Exclude<DebriefMark, null>, { symbol: string; text: string }> = {
  misleading: { symbol: '⚠', text: 'misleading' },
  harmful: { symbol: '✗', text: 'made things worse' },
  key: { symbol: '✓', text: 'key step' },
};

interface Placed {
  event: DebriefEvent;
  x: number;
  track: number;
}

/** Greedy track assignment: each label goes on the first track where it fits. */
function place(events: readonly DebriefEvent[], toX: (t: number) => number) {
  const trackEnds: number[] = [];
  const placed: Placed[] = events.map((event) => {
    const x = toX(event.t);
    let track = trackEnds.findIndex((end) => end <= x);
    if (track === -1) track = trackEnds.push(0) - 1;
    trackEnds[track] = x + LABEL_WIDTH + GAP;
    return { event, x, track };
  });
  return { placed, tracks: Math.max(1, trackEnds.length) };
}

export function TimelineChart({ timelines }: { timelines: Debrief['timelines'] }) {
  const { axisEnd } = timelines;
  const minutes = axisEnd / MINUTE;
  const width = Math.round(Math.min(6000, Math.max(720, minutes * 4))) + LABEL_WIDTH + 2 * PAD;
  const span = width - LABEL_WIDTH - 2 * PAD;
  const toX = (t: number) => PAD + (Math.max(0, t) / axisEnd) * span;
  const step = STEPS.find((s) => axisEnd / s <= 12) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let t = 0; t <= axisEnd; t += step) ticks.push(t);
  const lanes = [timelines.team, timelines.par, timelines.real];

  return (
    <div
      className="debrief-chart-scroll"
      role="region"
      aria-label="Timelines on a shared game-time axis (scrolls sideways)"
      tabIndex={0}
    >
      <div className="debrief-chart" style={{ width }}>
        <div className="debrief-axis" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t} className="debrief-tick" style={{ left: toX(t) }}>
              {formatGameTime(t)}
            </span>
          ))}
        </div>
        {lanes.map((lane) => {
          const { placed, tracks } = place(lane.events, toX);
          return (
            <section key={lane.id} className="debrief-lane" aria-label={lane.label}>
              <h4 className="debrief-lane-label">
                {lane.label}
                {lane.end !== null ? ` (ends ${formatGameTime(lane.end)})` : ''}
              </h4>
              {lane.events.length === 0 ? (
                <p className="debrief-muted">No data for this lane.</p>
              ) : (
                <div className="debrief-lane-body" style={{ height: tracks * TRACK_HEIGHT }}>
                  {lane.end !== null && (
                    <div
                      className={`debrief-lane-span debrief-lane-span-${lane.id}`}
                      style={{ left: toX(0), width: toX(lane.end) - toX(0) }}
                      aria-hidden="true"
                    />
                  )}
                  <ol className="debrief-markers">
                    {placed.map(({ event, x, track }, i) => {
                      const mark = event.mark ? MARK_SYMBOL[event.mark] : null;
                      return (
                        <li
                          key={i}
                          className={`debrief-marker${event.mark ? ` debrief-mark-${event.mark}` : ''}`}
                          style={{ left: x, top: track * TRACK_HEIGHT, width: LABEL_WIDTH }}
                          title={event.detail ?? event.text}
                        >
                          <span className="debrief-marker-time">{formatGameTime(event.t)}</span>{' '}
                          {mark && (
                            <>
                              <span aria-hidden="true">{mark.symbol} </span>
                              <span className="debrief-sr-only">({mark.text}) </span>
                            </>
                          )}
                          {event.participant ? `${event.participant}: ` : ''}
                          {event.text}
                        </li>
                      );
                    })}
                  </ol>
                </div>
              )}
            </section>
          );
        })}
        <p className="debrief-legend">
          {Object.values(MARK_SYMBOL).map((m) => (
            <span key={m.text}>
              <span aria-hidden="true">{m.symbol}</span> {m.text}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
