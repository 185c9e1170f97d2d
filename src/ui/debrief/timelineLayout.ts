/**
 * Where the debrief chart's pins go: each lane's events numbered in order, placed by game
 * time as a fraction of the axis, and stacked into rows so no two pins overlap. Pure: the
 * chart renders it, tests check it. The full text of every event goes in the lists under the
 * chart, so a pin carries only its number (and its mark's symbol).
 */
import type { Debrief, DebriefEvent, DebriefLane, DebriefMark } from '../../engine/index.ts';

export const MARK_SYMBOL: Record<Exclude<DebriefMark, null>, { symbol: string; text: string }> = {
  misleading: { symbol: '⚠', text: 'misleading' },
  harmful: { symbol: '✗', text: 'made things worse' },
  key: { symbol: '✓', text: 'key step' },
};

/** Pixel width a pin needs (for collisions): a few px per character plus padding and a gap. */
const CHAR_PX = 8;
const PIN_PAD_PX = 12;
const PIN_GAP_PX = 4;
/** Game minutes per pixel are at most 1/PX_PER_MINUTE: long drills get a wider, scrolling chart. */
const PX_PER_MINUTE = 4;
const MIN_TRACK_PX = 640;
const MAX_TRACK_PX = 6000;

export interface PlacedPin {
  event: DebriefEvent;
  /** 1-based, the same number as in the lane's list. */
  number: number;
  /** What the pin shows: the mark's symbol, then the number. */
  label: string;
  /** Left edge as a fraction of the track (0..1). */
  at: number;
  row: number;
}

export interface LaneLayout {
  lane: DebriefLane;
  pins: PlacedPin[];
  rows: number;
}

const pinLabel = (event: DebriefEvent, number: number) =>
  `${event.mark ? MARK_SYMBOL[event.mark].symbol : ''}${number}`;

/** The narrowest the track may be (px): a chart at least this wide has no overlapping pins. */
export function trackWidth(axisEnd: number): number {
  const minutes = axisEnd / 60_000;
  return Math.round(Math.min(MAX_TRACK_PX, Math.max(MIN_TRACK_PX, minutes * PX_PER_MINUTE)));
}

/**
 * Greedy rows: each pin goes on the first row whose last pin ends before it starts, at the
 * track's narrowest width (wider only spreads pins further apart).
 */
export function layoutLane(lane: DebriefLane, axisEnd: number, width: number): LaneLayout {
  const rowEnds: number[] = [];
  const pins = lane.events.map((event, i) => {
    const number = i + 1;
    const label = pinLabel(event, number);
    const at = axisEnd > 0 ? Math.min(1, Math.max(0, event.t) / axisEnd) : 0;
    const x = at * width;
    let row = rowEnds.findIndex((end) => end <= x);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + label.length * CHAR_PX + PIN_PAD_PX + PIN_GAP_PX;
    return { event, number, label, at, row };
  });
  return { lane, pins, rows: Math.max(1, rowEnds.length) };
}

export function layoutTimelines(timelines: Debrief['timelines']) {
  const width = trackWidth(timelines.axisEnd);
  const lanes = [timelines.team, timelines.par, timelines.real].map((lane) =>
    layoutLane(lane, timelines.axisEnd, width),
  );
  return { width, lanes };
}

/** Axis ticks: the first step that gives at most 12 of them. */
const STEPS = [5, 10, 15, 30, 60, 120, 240, 360, 720, 1440].map((m) => m * 60_000);
export function axisTicks(axisEnd: number): number[] {
  const step = STEPS.find((s) => axisEnd / s <= 12) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let t = 0; t <= axisEnd; t += step) ticks.push(t);
  return ticks;
}
