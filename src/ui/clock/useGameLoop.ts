/**
 * The game clock runner: real time x speed drives the session's game clock. Whole game
 * seconds only, so at 1x the console re-renders once a second. The frame scheduler is
 * injectable; tests drive the session directly and never depend on frame timing.
 */
import { useEffect } from 'react';
import type { DrillSession } from '../../engine/index.ts';

export interface FrameScheduler {
  request(callback: (time: number) => void): number;
  cancel(id: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
};

/** Longest real gap counted between two frames (a hidden tab does not fast-forward). */
const MAX_FRAME_MS = 250;

export function useGameLoop(
  session: DrillSession | null,
  options: { speed: number; paused: boolean; scheduler?: FrameScheduler },
): void {
  const { speed, paused, scheduler = animationFrames } = options;
  useEffect(() => {
    if (!session || paused || session.isOver()) return;
    let last: number | null = null;
    let carry = 0;
    let id = 0;
    const tick = (time: number) => {
      if (last !== null) {
        carry += Math.min(Math.max(0, time - last), MAX_FRAME_MS) * speed;
        const whole = Math.floor(carry / 1000) * 1000;
        if (whole > 0) {
          carry -= whole;
          session.advanceBy(whole);
        }
      }
      last = time;
      if (!session.isOver()) id = scheduler.request(tick);
    };
    id = scheduler.request(tick);
    return () => scheduler.cancel(id);
  }, [session, speed, paused, scheduler]);
}
