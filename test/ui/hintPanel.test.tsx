import { Profiler } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DrillSession } from '../../src/engine/index.ts';
import { HintPanel } from '../../src/ui/console/HintPanel.tsx';
import { SessionContext } from '../../src/ui/session/useDrill.ts';
import { newSession, resetStore, timedHintsText } from './drillFixtures.tsx';

const MINUTE = 60_000;

function setup(session: DrillSession, onCommit = () => {}) {
  render(
    <SessionContext.Provider value={session}>
      <Profiler id="hints" onRender={onCommit}>
        <HintPanel />
      </Profiler>
    </SessionContext.Provider>,
  );
  return { panel: screen.getByRole('region', { name: 'Hints' }), user: userEvent.setup() };
}

describe('Hint panel', () => {
  beforeEach(() => resetStore());

  it('says in game time when the next hint comes, counts down, then offers it', async () => {
    const session = newSession(timedHintsText);
    const { panel, user } = setup(session);
    const button = within(panel).getByRole('button', { name: 'Hint' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Next hint at T+45m (in 15m of game time).');

    act(() => session.advanceBy(10 * MINUTE + 30_000));
    expect(within(panel).getByText('Next hint at T+45m (in 5m of game time).')).toBeVisible();

    // No engine event happens until T+45m: the clock alone opens the hint.
    act(() => session.advanceTo(45 * MINUTE));
    expect(within(panel).queryByText(/Next hint at/)).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Hint' }));
    expect(within(panel).getByText(/Which systems changed last night\?/)).toBeVisible();
    expect(within(panel).getByText('The next hint needs more progress first.')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Hint' })).toBeDisabled();
  });

  it('says when no hints are left', async () => {
    const { panel, user } = setup(newSession());
    expect(within(panel).queryByText('No hints left.')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Hint' }));
    expect(within(panel).getByText('No hints left.')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Hint' })).toBeDisabled();
  });

  it('re-renders once a game minute while it counts, not on every tick', () => {
    const session = newSession(timedHintsText);
    let commits = 0;
    setup(session, () => commits++);
    commits = 0;
    for (let i = 0; i < 5; i++) act(() => session.advanceBy(10_000));
    expect(commits).toBe(0);
    act(() => session.advanceBy(10_000));
    expect(commits).toBe(1);
    expect(screen.getByText('Next hint at T+45m (in 14m of game time).')).toBeVisible();
  });
});
