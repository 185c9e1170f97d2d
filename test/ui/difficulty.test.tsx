import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DifficultyPanel } from '../../src/ui/difficulty/DifficultyPanel.tsx';
import { runSimulation } from '../../src/ui/difficulty/runSimulation.ts';
import type { SimulationRunner } from '../../src/ui/difficulty/useDifficulty.ts';
import { tinyText } from './drillFixtures.tsx';

/** The real simulation, in-thread, recording each request. */
function recordingRunner() {
  const requests: { runs: number; seed: number }[] = [];
  const runner: SimulationRunner = (request) => {
    requests.push({ runs: request.runs, seed: request.seed });
    return Promise.resolve(runSimulation(request));
  };
  return { runner, requests };
}

/** Simulations run for real, so results can take a few seconds on a loaded machine. */
const SLOW = { timeout: 15_000 };
const table = () =>
  screen.findByRole('table', { name: /Time to resolution from incident start/ }, SLOW);

// Each test simulates the tiny scenario for real (in-thread): a second or two on a busy machine.
describe('DifficultyPanel', { timeout: 30_000 }, () => {
  it('simulates without a worker and shows a row per player model, with percentiles', async () => {
    // jsdom has no Worker: the default runner falls back to running in-thread.
    expect(typeof Worker).toBe('undefined');
    render(<DifficultyPanel text={tinyText} fileName="tiny.yaml" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Simulating 100 runs per player model (seed 1)…',
    );
    const rows = within(await table()).getAllByRole('row');
    expect(rows.map((r) => within(r).queryByRole('rowheader')?.textContent)).toEqual([
      undefined,
      'Random',
      'Cautious',
      'Obvious signal',
    ]);
    for (const row of rows.slice(1)) {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(Number(cells[0])).toBeGreaterThanOrEqual(0);
      for (const p of cells.slice(1)) expect(p).toMatch(/^\d+h\d\dm$|^\d+m$|^not resolved$/);
    }
    expect(screen.getByRole('status')).toHaveTextContent('100 runs per player model, seed 1.');
  });

  it('draws the histogram with par and the real incident marked, and a legend', async () => {
    render(<DifficultyPanel text={tinyText} fileName="tiny.yaml" />);
    const chart = await screen.findByRole(
      'img',
      { name: 'Distribution of simulated time to resolution' },
      SLOW,
    );
    expect(chart).toHaveAccessibleDescription(/par 55m, real incident 4h00m/);
    expect(within(chart).getByText('Par 55m')).toBeInTheDocument();
    expect(within(chart).getByText('Real incident 4h00m')).toBeInTheDocument();
    expect(chart.querySelectorAll('rect.difficulty-bar').length).toBeGreaterThan(0);
    const legend = chart.closest('figure')!.querySelector('figcaption')!;
    expect(legend).toHaveTextContent(
      /Random.*Cautious.*Obvious signal.*Par 55m.*Real incident 4h00m/,
    );
  });

  it('reruns with the runs and seed typed in; the same seed gives the same numbers', async () => {
    const user = userEvent.setup();
    const { runner, requests } = recordingRunner();
    render(<DifficultyPanel text={tinyText} fileName="tiny.yaml" runner={runner} />);
    const first = (await table()).textContent;
    await user.clear(screen.getByLabelText('Runs per model'));
    await user.type(screen.getByLabelText('Runs per model'), '20');
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '42');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent('20 runs per player model, seed 42.'),
      SLOW,
    );
    expect(requests).toEqual([
      { runs: 100, seed: 1 },
      { runs: 20, seed: 42 },
    ]);
    expect((await table()).textContent).not.toBe(first);
    await user.clear(screen.getByLabelText('Runs per model'));
    await user.type(screen.getByLabelText('Runs per model'), '100');
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '1');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent('100 runs per player model, seed 1.'),
      SLOW,
    );
    expect((await table()).textContent).toBe(first);
  });

  it('refuses runs out of range with an explanation', async () => {
    const user = userEvent.setup();
    const { runner, requests } = recordingRunner();
    render(<DifficultyPanel text={tinyText} fileName="tiny.yaml" runner={runner} />);
    await table();
    const runs = screen.getByLabelText('Runs per model');
    await user.clear(runs);
    await user.type(runs, '5000');
    expect(runs).toHaveAttribute('aria-invalid', 'true');
    expect(runs).toHaveAccessibleDescription('Runs must be a whole number from 10 to 1000.');
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeDisabled();
    expect(requests).toHaveLength(1);
  });

  it('embedded in another panel, has no heading of its own but a labelled region', async () => {
    const { runner } = recordingRunner();
    render(<DifficultyPanel text={tinyText} fileName="tiny.yaml" runner={runner} embedded />);
    expect(screen.getByRole('region', { name: 'Difficulty simulation' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Difficulty' })).toBeNull();
    await table();
  });

  it('lists the problems of a scenario that does not load', async () => {
    render(<DifficultyPanel text="id: [unclosed" fileName="broken.yaml" />);
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent('The simulation could not run.'),
      SLOW,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(/^broken\.yaml:1:\d+: YAML:/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
