import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import type { DrillSession, ScenarioInput } from '../../src/engine/index.ts';
import type { LoadedEntry } from '../../src/ui/catalogue/analyze.ts';
import ExplorerScreen from '../../src/ui/explorer/ExplorerScreen.tsx';
import { drillOrigin } from '../../src/ui/persistence/drillOrigin.ts';
import { modelOf } from '../fixtures/generated.ts';
import { entryFrom, resetStore, tinyText } from './drillFixtures.tsx';

// React Flow measures nodes with ResizeObserver, which jsdom lacks.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const TINY = '/scenarios/tiny.yaml';

function open(entry: LoadedEntry = entryFrom(tinyText, TINY)) {
  resetStore({ screen: 'explorer', explorerPath: entry.path, activeParticipant: 'ana' });
  const onPlaytest = vi.fn<(session: DrillSession, path: string) => void>();
  render(<ExplorerScreen entries={[entry]} onPlaytest={onPlaytest} />);
  return { onPlaytest, user: userEvent.setup() };
}

describe('Scenario explorer', () => {
  it('draws the graph with the par path marked and lists it', async () => {
    open();
    const picker = await screen.findByLabelText('Go to state');
    expect(within(picker).getAllByRole('option')).toHaveLength(21); // 20 states + prompt
    const flow = screen.getByTestId('explorer-flow');
    expect(flow.querySelectorAll('[data-node-id]')).toHaveLength(20);
    const par = screen.getByRole('region', { name: 'Par path' });
    expect(within(par).getByText('55m')).toBeInTheDocument();
    expect(
      within(par)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Review change log',
      'Page Infrastructure team',
      'Wait: Infrastructure team joins',
      'Restore firewall rule',
    ]);
    expect(flow.querySelectorAll('[data-node-id][data-par="true"]')).toHaveLength(5);
    const traps = screen.getByRole('region', { name: 'Traps a team can walk into' });
    expect(within(traps).getByText('Check database')).toBeInTheDocument();
    // Harmful, and a red-herring action too (it needs the red-herring clue).
    expect(within(traps).getAllByText('Restart the database')).toHaveLength(2);
    expect(screen.getByText(/Every part is reachable/)).toBeInTheDocument();
  });

  it('shows what the player sees at a clicked state', async () => {
    const { user } = open();
    await screen.findByLabelText('Go to state');
    // The state after reviewing the change log: the first par move.
    const flow = screen.getByTestId('explorer-flow');
    const parNodes = [...flow.querySelectorAll<HTMLButtonElement>('[data-par="true"]')];
    const afterChanges = parNodes.find((b) => b.textContent?.includes('1 clue'))!;
    await user.click(afterChanges);
    const panel = screen.getByRole('region', { name: 'What the player sees here' });
    expect(within(panel).getByText('T+45m')).toBeInTheDocument();
    expect(within(panel).getByText('Slow responses')).toBeInTheDocument();
    expect(within(panel).getByText('Firewall rule changed last night')).toBeInTheDocument();
    expect(within(panel).getByText('check-changes')).toBeInTheDocument();
    expect(within(panel).getByText('Page Infrastructure team')).toBeInTheDocument();
    expect(within(panel).getByText(/Restore firewall rule/)).toBeInTheDocument(); // locked
    expect(within(panel).getByText(/Infrastructure team:/)).toHaveTextContent('available');
  });

  it('starts a playtest from a state chosen with the keyboard-friendly picker', async () => {
    const { user, onPlaytest } = open();
    const picker = await screen.findByLabelText('Go to state');
    const option = within(picker)
      .getAllByRole<HTMLOptionElement>('option')
      .find((o) => o.textContent?.includes('2 clue(s)'))!;
    await user.selectOptions(picker, option);
    const panel = screen.getByRole('region', { name: 'What the player sees here' });
    await user.click(within(panel).getByRole('button', { name: 'Playtest from here' }));
    expect(onPlaytest).toHaveBeenCalledTimes(1);
    const [session, path] = onPlaytest.mock.calls[0]!;
    expect(path).toBe(TINY);
    expect(Object.keys(session.context().clues).sort()).toEqual([
      'db-looks-busy',
      'firewall-change',
    ]);
    expect(session.journal[0]?.event).toMatchObject({ participant: 'ana' });
    expect(drillOrigin(session)?.playtest).toBe(true);
  });

  it('lists what can never be reached, with a warning', async () => {
    const text = readFileSync('test/fixtures/broken/unreachable-action.yaml', 'utf8');
    const path = '/scenarios/unreachable.yaml';
    open({
      path,
      status: 'ok',
      model: modelOf(parse(text) as ScenarioInput),
      analysis: null,
      warnings: [],
    });
    const group = await screen.findByRole('group', { name: 'Unreachable parts' });
    expect(within(group).getByText('Read the secret log')).toBeInTheDocument();
    expect(within(group).getByText('A secret')).toBeInTheDocument();
    expect(screen.getByText(/2 scenario element\(s\) can never be reached/)).toBeInTheDocument();
  });
});
