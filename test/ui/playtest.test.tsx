import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DrillSession } from '../../src/engine/index.ts';
import { App } from '../../src/ui/App.tsx';
import { ConsoleScreen } from '../../src/ui/console/ConsoleScreen.tsx';
import { drillOrigin } from '../../src/ui/persistence/drillOrigin.ts';
import { useAppStore } from '../../src/ui/store.ts';
import { newSession, resetStore, tinyText } from './drillFixtures.tsx';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const PANEL = 'Playtest: hidden information';

async function openConsole(session = newSession()) {
  resetStore({ screen: 'console', playtest: true, activeParticipant: 'ana' });
  const onReplace = vi.fn<(next: DrillSession) => void>();
  render(<ConsoleScreen session={session} onReplaceSession={onReplace} />);
  const panel = await screen.findByRole('complementary', { name: PANEL });
  return { session, onReplace, panel, user: userEvent.setup() };
}

describe('Playtest panel', () => {
  it('is not shown in a normal drill', async () => {
    resetStore({ screen: 'console' });
    render(<ConsoleScreen session={newSession()} />);
    expect(await screen.findByRole('button', { name: 'Acknowledge alert' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: PANEL })).toBeNull();
  });

  it('shows root cause, red herrings, inject timings, action effects and the next par step', async () => {
    const { panel } = await openConsole();
    expect(within(panel).getByText('Not recorded in history')).toBeInTheDocument();
    expect(within(panel).getByText('Firewall')).toBeInTheDocument();
    const busy = within(panel).getByText('Database connections high').closest('li')!;
    expect(busy).toHaveTextContent('not found');
    expect(busy).toHaveTextContent('✗ red herring');
    const exec = within(panel).getByText('VP asks for status').closest('li')!;
    expect(exec).toHaveTextContent('due T+1h00m');
    const tickets = within(panel).getByText('Tickets spike').closest('li')!;
    expect(tickets).toHaveTextContent('when clues: db-looks-busy (then 10m)');
    const restart = within(panel).getByText('Restart the database').closest('li')!;
    expect(restart).toHaveTextContent('⚠ harmful');
    expect(restart).toHaveTextContent('moves to phase worse');
    expect(await within(panel).findByTestId('next-par-step')).toHaveTextContent(
      'Review change log (check-changes)',
    );
  });

  it('goes back to the explorer: the console has no other way out of a playtest', async () => {
    const { panel, user } = await openConsole();
    await user.click(within(panel).getByRole('button', { name: 'Back to the explorer' }));
    expect(useAppStore.getState().screen).toBe('explorer');
  });

  it('rewinds to a journal entry: a fresh playtest session whose journal is the prefix', async () => {
    const session = newSession();
    session.send({ type: 'player.acknowledge', participant: 'ana' });
    session.send({ type: 'player.start', participant: 'ana', action: 'check-changes' });
    session.jumpToNext();
    session.send({ type: 'player.page', participant: 'ana', level: 'infra' });
    const { onReplace, panel, user } = await openConsole(session);
    const journal = within(panel).getByRole('list', { name: 'Journal entries' });
    expect(within(journal).getAllByRole('listitem')).toHaveLength(3);
    await user.click(
      within(journal).getByRole('button', {
        name: /Rewind here: entry 2, ana: start check-changes/,
      }),
    );
    const rewound = onReplace.mock.calls[0]![0];
    expect(rewound).not.toBe(session);
    expect(rewound.journal).toEqual(session.journal.slice(0, 2));
    expect(rewound.context().inFlight.ana?.action).toBe('check-changes');
    expect(drillOrigin(rewound)?.playtest).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Restart from the alert' }));
    expect(onReplace.mock.calls[1]![0].journal).toEqual([]);
  });

  it('jumps to any reachable state of the explorer graph', async () => {
    const { onReplace, panel, user } = await openConsole();
    await user.click(within(panel).getByRole('button', { name: 'Jump to a reachable state…' }));
    const picker = await within(panel).findByLabelText('Reachable state');
    const option = within(picker)
      .getAllByRole<HTMLOptionElement>('option')
      .find((o) => o.textContent?.includes('(check-changes → wait:'))!;
    await user.selectOptions(picker, option);
    await user.click(within(panel).getByRole('button', { name: 'Jump there' }));
    const jumped = onReplace.mock.calls[0]![0];
    expect(Object.keys(jumped.context().clues)).toEqual(['firewall-change']);
    expect(
      jumped.journal.every((e) => !('participant' in e.event) || e.event.participant === 'ana'),
    ).toBe(true);
    expect(drillOrigin(jumped)?.playtest).toBe(true);
  });
});

describe('Playtest in the app', () => {
  it('goes lobby → explorer → playtest console, labelled, and swaps the session on rewind', async () => {
    resetStore();
    const user = userEvent.setup();
    const noFrames = { request: () => 0, cancel: () => {} };
    render(
      <App
        source={() => Promise.resolve([{ path: '/scenarios/a.yaml', text: tinyText }])}
        scheduler={noFrames}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Explore: Tiny firewall drill' }));
    await user.click(await screen.findByRole('button', { name: 'Playtest from the alert' }));
    const panel = await screen.findByRole('complementary', { name: PANEL });
    expect(useAppStore.getState().playtest).toBe(true);
    expect(screen.getByText(/Playtest \(not recorded\): Tiny firewall drill/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Acknowledge alert' }));
    const journal = within(panel).getByRole('list', { name: 'Journal entries' });
    await waitFor(() => expect(within(journal).getAllByRole('listitem')).toHaveLength(1));
    await act(() =>
      user.click(within(panel).getByRole('button', { name: 'Restart from the alert' })),
    );
    await waitFor(() =>
      expect(within(panel).getByText('Nothing recorded yet.')).toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Acknowledge alert' })).toBeInTheDocument();
  });
});
