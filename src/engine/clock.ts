/**
 * The game clock: an XState `Clock` that only moves when the session says so.
 *
 * XState's `SimulatedClock.set(t)` moves `now` to `t` first and then flushes every due timer,
 * so a timer armed from inside a callback (a responder joining after a completed action,
 * an inject armed by a clue) is scheduled from the final time instead of the time it was
 * armed: its due time drifts. `GameClock` steps through due timers one at a time, in
 * (due time, creation order) order, with `now()` equal to each timer's due time while it
 * runs. That is what makes replays exact.
 */
/** The timer interface XState actors accept as `clock` (not exported by xstate's entry). */
export interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/** A deterministic, manually advanced clock for XState actors. */
export class GameClock implements Clock {
  private current = 0;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  /** Current game time in milliseconds since incident start. */
  now(): number {
    return this.current;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    this.timers.set(id, { id, due: this.current + Math.max(0, timeout), fn });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }

  /** Due time of the earliest pending timer, or null when none is pending. */
  nextDueAt(): number | null {
    return this.earliest()?.due ?? null;
  }

  /** Number of pending timers (for tests and diagnostics). */
  get pending(): number {
    return this.timers.size;
  }

  /**
   * Move to game time `t`, running every timer due on the way, each at its own due time.
   * @throws RangeError when `t` is earlier than now (game time never goes back).
   */
  advanceTo(t: number): void {
    if (!Number.isFinite(t)) throw new RangeError(`game time must be finite, got ${t}`);
    if (t < this.current)
      throw new RangeError(`cannot move game time back from ${this.current} to ${t}`);
    for (let timer = this.earliest(); timer && timer.due <= t; timer = this.earliest()) {
      this.timers.delete(timer.id);
      this.current = timer.due;
      timer.fn();
    }
    this.current = t;
  }

  /** Move forward by `ms` (same semantics as {@link GameClock.advanceTo}). */
  advanceBy(ms: number): void {
    this.advanceTo(this.current + ms);
  }

  /** `SimulatedClock`-compatible alias of {@link GameClock.advanceTo}. */
  set(t: number): void {
    this.advanceTo(t);
  }

  /** `SimulatedClock`-compatible alias of {@link GameClock.advanceBy}. */
  increment(ms: number): void {
    this.advanceBy(ms);
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers.values()) {
      if (!best || timer.due < best.due || (timer.due === best.due && timer.id < best.id))
        best = timer;
    }
    return best;
  }
}
