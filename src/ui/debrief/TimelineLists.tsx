/**
 * Every event of the debrief's three lanes in full, numbered like the chart's pins: side by
 * side on wide screens, one after the other on narrow ones (where they replace the chart).
 */
import type { DebriefEvent, DebriefLane } from '../../engine/index.ts';
import { formatGameTime } from '../../engine/index.ts';
import { MARK_SYMBOL, type LaneLayout } from './timelineLayout.ts';

export const laneHeading = (lane: DebriefLane) =>
  `${lane.label}${lane.end !== null ? ` (ends ${formatGameTime(lane.end)})` : ''}`;

/** One line of plain text for an event (the pin's tooltip). */
export function eventSummary(event: DebriefEvent): string {
  const mark = event.mark ? `${MARK_SYMBOL[event.mark].symbol} ` : '';
  const who = event.participant ? `${event.participant}: ` : '';
  const detail = event.detail && event.detail !== event.text ? ` (${event.detail})` : '';
  return `${formatGameTime(event.t)} ${mark}${who}${event.text}${detail}`;
}

/** What an empty lane says: par may only be missing because it is still being worked out. */
export const emptyLaneText = (lane: DebriefLane, analysing: boolean) =>
  lane.id === 'par' && analysing ? 'Working out par…' : 'No data for this lane.';

export function TimelineLists({
  lanes,
  analysing = false,
}: {
  lanes: readonly LaneLayout[];
  analysing?: boolean;
}) {
  return (
    <div className="debrief-event-lists">
      {lanes.map(({ lane, pins }) => {
        const headingId = `debrief-events-${lane.id}`;
        return (
          <section
            key={lane.id}
            className={`debrief-event-lane debrief-event-lane-${lane.id}`}
            aria-labelledby={headingId}
          >
            <h4 id={headingId}>{laneHeading(lane)}</h4>
            {pins.length === 0 ? (
              <p className="debrief-muted">{emptyLaneText(lane, analysing)}</p>
            ) : (
              <ol className="debrief-event-list">
                {pins.map(({ event, number, label }) => {
                  const mark = event.mark ? MARK_SYMBOL[event.mark] : null;
                  return (
                    <li
                      key={number}
                      className={`debrief-event${event.mark ? ` debrief-mark-${event.mark}` : ''}`}
                      data-kind={event.kind}
                    >
                      <span className="debrief-pin debrief-event-pin" aria-hidden="true">
                        {label}
                      </span>
                      <span className="debrief-event-text">
                        <span className="debrief-marker-time">{formatGameTime(event.t)}</span>{' '}
                        {mark && <span className="debrief-sr-only">({mark.text}) </span>}
                        {event.participant ? `${event.participant}: ` : ''}
                        {event.text}
                        {event.detail && event.detail !== event.text && (
                          <span className="debrief-event-detail">{event.detail}</span>
                        )}
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
