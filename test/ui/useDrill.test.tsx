import { act, render, screen } from '@testing-library/react';
import { ConsoleScreen } from '../../src/ui/console/ConsoleScreen.tsx';
import { viewEqual } from '../../src/ui/session/equality.ts';
import {
  SessionContext,
  useDrillState,
  useDrillTime,
  type DrillState,
  type DrillView,
} from '../../src/ui/session/useDrill.ts';
import { newSession, renderWithMotion, resetStore } from './drillFixtures.tsx';

const renders = { state: 0, minute: 0 };
const selectAck = ({ ctx }: DrillState) => ctx.acknowledgedAt;
const selectMinute = ({ now }: DrillView) => Math.floor(now / 60_000);

function AckProbe() {
  renders.state++;
  return <p>ack {String(useDrillState(selectAck))}</p>;
}
function MinuteProbe() {
  renders.minute++;
  return <p>minute {useDrillTime(selectMinute)}</p>;
}

describe('drill selectors', () => {
  beforeEach(() => {
    resetStore();
    renders.state = 0;
    renders.minute = 0;
  });

  it('a state selection ignores the clock; a time selection re-renders only when it changes', () => {
    const session = newSession();
    render(
      <SessionContext.Provider value={session}>
        <AckProbe />
        <MinuteProbe />
      </SessionContext.Provider>,
    );
    expect(renders).toEqual({ state: 1, minute: 1 });
    act(() => {
      for (let i = 0; i < 60; i++) session.advanceBy(1000);
    });
    // Sixty one-second ticks: one new game minute, and no change in the engine state.
    expect(renders).toEqual({ state: 1, minute: 2 });
    act(() => {
      session.send({ type: 'player.acknowledge', participant: 'You' });
    });
    expect(renders.state).toBe(2);
    expect(screen.getByText(/^ack \d+/)).toBeInTheDocument();
  });

  it('viewEqual compares view models by value and everything else by identity', () => {
    const shared = new Map([[1, 2]]);
    expect(viewEqual({ a: [1, { b: 'x' }], m: shared }, { a: [1, { b: 'x' }], m: shared })).toBe(
      true,
    );
    expect(viewEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(viewEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(viewEqual(new Map([[1, 2]]), new Map([[1, 2]]))).toBe(false);
  });

  it('the console keeps the evidence panel as it is while only the clock moves', () => {
    const session = newSession();
    renderWithMotion(<ConsoleScreen session={session} />);
    const evidence = screen.getByRole('region', { name: /Evidence/ });
    const before = evidence.innerHTML;
    const clock = screen.getByLabelText(/Incident clock/);
    act(() => session.advanceBy(5 * 60_000));
    expect(clock).toHaveAccessibleName('Incident clock 00:35:00');
    expect(evidence.innerHTML).toBe(before);
  });
});
