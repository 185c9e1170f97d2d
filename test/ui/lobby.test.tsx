import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FAILURE_MODES, formatProblem } from '../../src/engine/index.ts';
import { App } from '../../src/ui/App.tsx';
import { LobbyScreen } from '../../src/ui/lobby/LobbyScreen.tsx';
import { LOBBY_FAILURE_MODES } from '../../src/ui/lobby/lobbyFilters.ts';
import { useAppStore } from '../../src/ui/store.ts';
import { entryFrom, resetStore, tinyText } from './drillFixtures.tsx';

const advanced = tinyText
  .replace('id: tiny-firewall', 'id: tiny-database')
  .replace('title: Tiny firewall drill', 'title: Tiny database drill')
  .replace('difficulty: intro', 'difficulty: advanced')
  .replace(
    'tags: [firewall, network]',
    'tags: [database, postgres]\nfailureModes: [database, human-error]',
  );

const entries = [
  entryFrom(tinyText, '/scenarios/a.yaml'),
  entryFrom(advanced, '/scenarios/b.yaml'),
  entryFrom('id: [unclosed', '/scenarios/broken.yaml'),
];

describe('Lobby', () => {
  beforeEach(() => resetStore());

  it('shows a card per playable scenario with difficulty, tags, minutes and par', () => {
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    const card = screen.getByRole('article', { name: 'Tiny firewall drill' });
    expect(within(card).getByText('intro')).toBeInTheDocument();
    expect(within(card).getByText('firewall')).toBeInTheDocument();
    expect(within(card).getByText('10 min')).toBeInTheDocument();
    expect(within(card).getByText('Par time').nextSibling).toHaveTextContent(/\d+[hm]/);
    expect(screen.getByRole('article', { name: 'Tiny database drill' })).toBeInTheDocument();
  });

  it('lists an invalid file as an error card with its problems', () => {
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    const card = screen.getByRole('article', { name: /Invalid scenario/ });
    const broken = entries[2]!;
    if (broken.status !== 'error') throw new Error('expected an error entry');
    expect(within(card).getByText(formatProblem(broken.problems[0]!))).toBeInTheDocument();
  });

  it('the failure-mode filter offers the closed vocabulary of the competency map, not tags', () => {
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    const options = within(screen.getByLabelText('Failure mode')).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual(['', ...FAILURE_MODES]);
    // The lobby keeps its own copy (to keep zod out of the first load): the same list.
    expect(LOBBY_FAILURE_MODES).toEqual(FAILURE_MODES);
    // Free-form tags are not in it; how many playable scenarios drill each mode is.
    expect(options.map((o) => o.getAttribute('value'))).not.toContain('postgres');
    expect(screen.getByRole('option', { name: 'database (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'dns (0)' })).toBeInTheDocument();
  });

  it("filters on the scenario file's failureModes, and says when nothing matches", async () => {
    const user = userEvent.setup();
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    // tiny.yaml has no failureModes: the schema's default, configuration.
    await user.selectOptions(screen.getByLabelText('Failure mode'), 'configuration');
    expect(screen.getByRole('article', { name: 'Tiny firewall drill' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Tiny database drill' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Failure mode'), 'human-error');
    expect(screen.queryByRole('article', { name: 'Tiny firewall drill' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Tiny database drill' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Failure mode'), 'dns');
    expect(screen.queryAllByRole('article', { name: /Tiny/ })).toHaveLength(0);
    expect(screen.getByText('0 of 2 playable')).toBeInTheDocument();
    expect(screen.getByText(/No scenario matches these filters/)).toBeInTheDocument();
  });

  it('free-form tags, titles and summaries are found by the search box', async () => {
    const user = userEvent.setup();
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'postgres');
    expect(screen.queryByRole('article', { name: 'Tiny firewall drill' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Tiny database drill' })).toBeInTheDocument();
    await user.clear(search);
    // In the summary of both ("It looks like the database…"), case-insensitive.
    await user.type(search, 'LOOKS LIKE');
    expect(screen.getAllByRole('article', { name: /Tiny/ })).toHaveLength(2);
    await user.clear(search);
    // Every word must match: both summaries mention a firewall, one id says database.
    await user.type(search, 'firewall tiny-database');
    expect(screen.queryByRole('article', { name: 'Tiny firewall drill' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Tiny database drill' })).toBeInTheDocument();
  });

  it('while the scenarios load, the count says so and "Surprise me" is disabled', () => {
    const loading = [
      { path: '/scenarios/a.yaml', status: 'loading' as const },
      { path: '/scenarios/b.yaml', status: 'loading' as const },
    ];
    const { rerender } = render(<LobbyScreen entries={loading} onChoose={() => {}} />);
    expect(screen.getByText('Loading 2 scenarios…')).toBeInTheDocument();
    expect(screen.queryByText(/0 of 0/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Surprise me' })).toBeDisabled();
    // No "(0)" counts before the files are in.
    expect(screen.getByRole('option', { name: 'dns' })).toBeInTheDocument();

    rerender(<LobbyScreen entries={[entries[0]!, loading[1]!]} onChoose={() => {}} />);
    expect(screen.getByText('1 of 1 playable so far, loading 1 more…')).toBeInTheDocument();

    rerender(<LobbyScreen entries={[]} onChoose={() => {}} />);
    expect(screen.getAllByText('Looking for scenarios…').length).toBeGreaterThan(0);
    expect(screen.queryByText(/0 of 0/)).toBeNull();
  });

  it('filters by failure mode and difficulty', async () => {
    const user = userEvent.setup();
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    await user.selectOptions(screen.getByLabelText('Failure mode'), 'database');
    expect(screen.queryByRole('article', { name: 'Tiny firewall drill' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Tiny database drill' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Failure mode'), '');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'intro');
    expect(screen.getByRole('article', { name: 'Tiny firewall drill' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Tiny database drill' })).toBeNull();
  });

  it('"Surprise me" picks a scenario as a mystery', async () => {
    const onChoose = vi.fn();
    render(<LobbyScreen entries={entries} onChoose={onChoose} random={() => 0.99} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Surprise me' }));
    expect(onChoose).toHaveBeenCalledWith('/scenarios/b.yaml', true);
  });

  it('team mode lets you add participants with roles', async () => {
    const user = userEvent.setup();
    render(<LobbyScreen entries={entries} onChoose={() => {}} />);
    await user.click(screen.getByLabelText(/Team on one screen/));
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(useAppStore.getState().roster).toHaveLength(2);
    expect(screen.getByLabelText('Name 2')).toHaveValue('Player 2');
  });

  it('the app loads the catalogue from an injected source and goes to the briefing', async () => {
    const user = userEvent.setup();
    // No frames: the game clock stays at detection while the lazily loaded console opens.
    const noFrames = { request: () => 0, cancel: () => {} };
    render(
      <App
        source={() => Promise.resolve([{ path: '/scenarios/a.yaml', text: tinyText }])}
        scheduler={noFrames}
      />,
    );
    await waitFor(() => screen.getByRole('article', { name: 'Tiny firewall drill' }));
    await user.click(screen.getByRole('button', { name: /Brief me/ }));
    expect(screen.getByRole('heading', { name: 'Response time above 2s' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the drill' }));
    // The console and the engine's session code load lazily on the way into the drill.
    expect(await screen.findByRole('button', { name: 'Acknowledge alert' })).toBeInTheDocument();
    expect(screen.getByText('00:30:00')).toBeInTheDocument();
  });

  it('each drill gets a new seed unless the user typed one', async () => {
    const user = userEvent.setup();
    resetStore({ mode: 'team', seed: 1234 });
    const noFrames = { request: () => 0, cancel: () => {} };
    render(
      <App
        source={() => Promise.resolve([{ path: '/scenarios/a.yaml', text: tinyText }])}
        scheduler={noFrames}
      />,
    );
    const playOne = async () => {
      await user.click(await screen.findByRole('button', { name: /Brief me/ }));
      await user.click(screen.getByRole('button', { name: 'Start the drill' }));
      const facilitator = await screen.findByRole('button', { name: 'Facilitator' });
      if (facilitator.getAttribute('aria-expanded') !== 'true') await user.click(facilitator);
      await user.click(screen.getByRole('button', { name: 'End the drill' }));
      await user.click(screen.getByRole('button', { name: 'Yes, end it now' }));
      await user.click(await screen.findByRole('button', { name: 'Exit' }));
      await screen.findByRole('heading', { name: 'Scenarios' });
    };
    await playOne();
    const second = useAppStore.getState().seed;
    expect(second).not.toBe(1234);
    expect(screen.getByLabelText('Seed')).toHaveValue(second);

    // Typed in: pinned, kept after the next drill.
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '42');
    await playOne();
    expect(useAppStore.getState().seed).toBe(42);

    // "New seed" unpins it again.
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    const rolled = useAppStore.getState().seed;
    await playOne();
    expect(useAppStore.getState().seed).not.toBe(rolled);
  });
});
