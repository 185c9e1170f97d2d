import { act, renderHook } from '@testing-library/react';
import { useGameLoop, type FrameScheduler } from '../../src/ui/clock/useGameLoop.ts';
import { newSession } from './drillFixtures.tsx';

/** A hand-cranked frame scheduler: tests never depend on real animation frames. */
function manualFrames() {
  let pending: ((t: number) => void) | null = null;
  const scheduler: FrameScheduler = {
    request: (cb) => {
      pending = cb;
      return 1;
    },
    cancel: () => {
      pending = null;
    },
  };
  return {
    scheduler,
    frame(t: number) {
      const cb = pending;
      pending = null;
      act(() => cb?.(t));
    },
  };
}

describe('useGameLoop', () => {
  it('advances game time by real time x speed, in whole game seconds', () => {
    const session = newSession();
    const frames = manualFrames();
    renderHook(() =>
      useGameLoop(session, { speed: 60, paused: false, scheduler: frames.scheduler }),
    );
    const start = session.now();
    frames.frame(0);
    frames.frame(100);
    expect(session.now()).toBe(start + 6_000);
    frames.frame(110);
    expect(session.now()).toBe(start + 6_000);
    frames.frame(150);
    expect(session.now()).toBe(start + 9_000);
  });

  it('does nothing while paused', () => {
    const session = newSession();
    const frames = manualFrames();
    renderHook(() =>
      useGameLoop(session, { speed: 900, paused: true, scheduler: frames.scheduler }),
    );
    const start = session.now();
    frames.frame(0);
    frames.frame(1000);
    expect(session.now()).toBe(start);
  });
});
