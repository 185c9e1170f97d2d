import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import type { DrillSession, ScenarioInput } from '../../src/engine/index.ts';
import type { LoadedEntry } from '../../src/ui/catalogue/analyze.ts';
import ExplorerScreen from '../../src/ui/explorer/ExplorerScreen.tsx';
import { buildExplorer } from '../../src/ui/explorer/buildExplorer.ts';
import { firstViewport } from '../../src/ui/explorer/firstView.ts';
import { drillOrigin } from '../../src/ui/persistence/drillOrigin.ts';
import { modelOf } from '../fixtures/generated.ts';
import { entryFrom, modelFrom, resetStore, tinyText } from './drillFixtures.tsx';

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

  it('says it is laying out the graph, then opens on the start of par at a readable zoom', async () => {
    // jsdom lays nothing out: give the graph's pane a desktop size.
    const pane = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('explorer-flow') ? 880 : 0;
    });
    const paneHeight = vi
      .spyOn(HTMLElement.prototype, 'clientHeight', 'get')
      .mockImplementation(function (this: HTMLElement) {
        return this.classList.contains('explorer-flow') ? 576 : 0;
      });
    try {
      open();
      expect(screen.getByRole('status')).toHaveTextContent('Laying out the state graph…');
      await screen.findByLabelText('Go to state');
      expect(screen.queryByText('Laying out the state graph…')).toBeNull();
      const viewport = screen
        .getByTestId('explorer-flow')
        .querySelector<HTMLElement>('.react-flow__viewport')!;
      // The view firstView.ts picks for this pane (start and par's first states, zoom 0.9–1.2),
      // not React Flow's default nor the whole graph.
      const laid = buildExplorer({ model: modelFrom(), analysis: null });
      if (!laid.ok) throw new Error(laid.message);
      const view = firstViewport(laid.graph, laid.positions, 880, 576)!;
      expect(view.zoom).toBeGreaterThanOrEqual(0.9);
      const numbers = () => viewport.style.transform.match(/-?[\d.]+/g)!.map(Number);
      await waitFor(() => expect(numbers()[2]).toBeCloseTo(view.zoom));
      expect(numbers()[0]).toBeCloseTo(view.x);
      expect(numbers()[1]).toBeCloseTo(view.y);
      expect(screen.getByRole('button', { name: 'Show whole graph' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Back to the start' })).toBeEnabled();
    } finally {
      pane.mockRestore();
      paneHeight.mockRestore();
    }
  });

  it('keeps a failed build visible', async () => {
    const model = entryFrom(tinyText, TINY);
    if (model.status !== 'ok') throw new Error('tiny fixture should load');
    // A model the engine cannot walk: the build fails with a message.
    const broken = { ...model.model, file: { ...model.model.file, actions: undefined } };
    open({ ...model, model: broken as never });
    expect(await screen.findByRole('alert')).toHaveTextContent(/The explorer failed: .+/);
    expect(screen.queryByTestId('explorer-flow')).toBeNull();
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
