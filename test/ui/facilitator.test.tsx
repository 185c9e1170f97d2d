import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleScreen } from '../../src/ui/console/ConsoleScreen.tsx';
import { useAppStore } from '../../src/ui/store.ts';
import { newSession, renderWithMotion, resetStore, timedHintsText } from './drillFixtures.tsx';

describe('Facilitator panel', () => {
  beforeEach(() => resetStore({ mode: 'facilitated' }));

  function open(text?: string) {
    const session = newSession(text);
    renderWithMotion(<ConsoleScreen session={session} />);
    const user = userEvent.setup();
    return { session, user };
  }

  it('is hidden until toggled', async () => {
    const { user } = open();
    expect(screen.queryByRole('complementary', { name: 'Facilitator' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    expect(screen.getByRole('complementary', { name: 'Facilitator' })).toBeInTheDocument();
  });

  it('fires an inject now: it is journaled and appears in the feed', async () => {
    const { session, user } = open();
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    const panel = screen.getByRole('complementary', { name: 'Facilitator' });
    await user.selectOptions(within(panel).getByLabelText('Inject'), 'exec-asks');
    await user.click(within(panel).getByRole('button', { name: 'Fire inject now' }));
    expect(session.journal.map((e) => e.event)).toContainEqual({
      type: 'facilitator.inject',
      inject: 'exec-asks',
    });
    const feed = screen.getByRole('region', { name: 'Feed' });
    expect(within(feed).getByText(/VP asks for status/)).toBeInTheDocument();
  });

  it('pauses and resumes (journaled), skips time, reveals a hint and ends the drill', async () => {
    const { session, user } = open();
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    const panel = screen.getByRole('complementary', { name: 'Facilitator' });
    await user.click(within(panel).getByRole('button', { name: 'Pause drill' }));
    expect(useAppStore.getState().paused).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Resume drill' }));
    expect(useAppStore.getState().paused).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Skip 15 min' }));
    expect(session.now()).toBe(45 * 60_000);
    await user.click(within(panel).getByRole('button', { name: 'Reveal a hint' }));
    await user.click(within(panel).getByRole('button', { name: 'End the drill' }));
    await act(() => user.click(within(panel).getByRole('button', { name: 'Yes, end it now' })));
    expect(session.journal.map((e) => e.event.type)).toEqual([
      'facilitator.pause',
      'facilitator.resume',
      'facilitator.skip',
      'facilitator.hint',
      'facilitator.end',
    ]);
    expect(session.isOver()).toBe(true);
  });

  it('offers a timed hint once the clock reaches it, before any other event', async () => {
    const { session, user } = open(timedHintsText);
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    const panel = screen.getByRole('complementary', { name: 'Facilitator' });
    expect(within(panel).getByRole('button', { name: 'Reveal a hint' })).toBeDisabled();
    act(() => session.advanceTo(45 * 60_000));
    await user.click(within(panel).getByRole('button', { name: 'Reveal a hint' }));
    expect(session.context().hintsShown).toEqual(['wait-a-bit']);
  });

  it('asks before ending the drill: one stray click does not end it', async () => {
    const { session, user } = open();
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    const panel = screen.getByRole('complementary', { name: 'Facilitator' });
    await user.click(within(panel).getByRole('button', { name: 'End the drill' }));
    expect(session.isOver()).toBe(false);
    expect(within(panel).getByText('End the drill for everyone?')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Keep playing' }));
    expect(session.isOver()).toBe(false);
    expect(session.journal).toEqual([]);
    expect(within(panel).getByRole('button', { name: 'End the drill' })).toBeEnabled();
  });
});
