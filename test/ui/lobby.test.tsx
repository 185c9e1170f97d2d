import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatProblem } from '../../src/engine/index.ts';
import { App } from '../../src/ui/App.tsx';
import { LobbyScreen } from '../../src/ui/lobby/LobbyScreen.tsx';
import { useAppStore } from '../../src/ui/store.ts';
import { entryFrom, resetStore, tinyText } from './drillFixtures.tsx';

const advanced = tinyText
  .replace('id: tiny-firewall', 'id: tiny-database')
  .replace('title: Tiny firewall drill', 'title: Tiny database drill')
  .replace('difficulty: intro', 'difficulty: advanced')
  .replace('tags: [firewall, network]', 'tags: [database]');

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
});
