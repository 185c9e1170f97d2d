import { SimulatedClock } from 'xstate';
import { GameClock } from '../../src/engine/index.ts';

describe('GameClock', () => {
  it('fires each timer at its own due time, in due order then creation order', () => {
    const clock = new GameClock();
    const fired: [string, number][] = [];
    const note = (name: string) => () => fired.push([name, clock.now()]);
    clock.setTimeout(note('c'), 300);
    clock.setTimeout(note('a'), 100);
    clock.setTimeout(note('b1'), 200);
    clock.setTimeout(note('b2'), 200);
    clock.advanceTo(1000);
    expect(fired).toEqual([
      ['a', 100],
      ['b1', 200],
      ['b2', 200],
      ['c', 300],
    ]);
    expect(clock.now()).toBe(1000);
    expect(clock.pending).toBe(0);
  });

  it('schedules a timer armed inside a callback from the callback time', () => {
    const clock = new GameClock();
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 100);
    clock.advanceTo(1000);
    expect(fired).toEqual([100, 150]);
  });

  it("contrast: xstate's SimulatedClock.set runs nested timers from the final time (drift)", () => {
    const clock = new SimulatedClock();
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 100);
    clock.set(1000);
    // The outer timer sees now = 1000 and the nested one is due at 1050, not 150.
    expect(fired[0]).toBe(1000);
    expect(fired).not.toContain(150);
  });

  it('does not fire a timer before it is due, and cleared timers never fire', () => {
    const clock = new GameClock();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('late'), 500);
    const id = clock.setTimeout(() => fired.push('cleared'), 100);
    clock.clearTimeout(id);
    clock.advanceBy(499);
    expect(fired).toEqual([]);
    expect(clock.nextDueAt()).toBe(500);
    clock.increment(1);
    expect(fired).toEqual(['late']);
    expect(clock.nextDueAt()).toBeNull();
  });

  it('cannot go back in time or to a non-finite time', () => {
    const clock = new GameClock();
    clock.set(100);
    expect(() => clock.advanceTo(99)).toThrow(RangeError);
    expect(() => clock.advanceTo(Number.NaN)).toThrow(/finite/);
    expect(() => clock.advanceTo(Infinity)).toThrow(/finite/);
    expect(clock.now()).toBe(100);
    clock.advanceTo(100); // staying put is fine
    expect(clock.now()).toBe(100);
  });

  it('treats negative timeouts as due now', () => {
    const clock = new GameClock();
    clock.set(10);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), -5);
    clock.advanceTo(10);
    expect(fired).toEqual([10]);
  });
});
