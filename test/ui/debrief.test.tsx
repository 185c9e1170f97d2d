import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { analyzeScenario, loadScenario, runPath } from '../../src/engine/index.ts';
import { DebriefScreen } from '../../src/ui/debrief/DebriefScreen.tsx';
import { ScoreScreen } from '../../src/ui/debrief/ScoreScreen.tsx';

const loaded = loadScenario(readFileSync('test/fixtures/tiny.yaml', 'utf8'), 'tiny.yaml');
if (!loaded.ok) throw new Error('tiny.yaml does not load');
const model = loaded.model;
const analysis = analyzeScenario(model);
/** The real team's misleading path: database first, a harmful restart, then the firewall. */
const misled = () => runPath(model, model.file.history!.path).session;

describe('ScoreScreen', () => {
  it('shows the grade, its reasons and time against par and the real incident', () => {
    render(<ScoreScreen session={misled()} analysis={analysis} onExit={() => {}} />);
    expect(screen.getByText('F')).toBeInTheDocument();
    // The bar comparison, as text.
    expect(screen.getByText('3h25m · 3.7× par, 0.9× the real incident')).toBeInTheDocument();
    expect(screen.getByText('55m · fastest path')).toBeInTheDocument();
    expect(screen.getByText('4h00m · as it happened')).toBeInTheDocument();
    expect(screen.getByText('Resolved in 3h25m, 3.7× par (55m).')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Red-herring time: 140 min' })).toBeInTheDocument();
    expect(
      screen.getByText(/Restarting drops every connection and does not touch the cause\./),
    ).toBeInTheDocument();
    const splits = screen.getByRole('table');
    expect(
      within(splits).getByRole('rowheader', { name: 'Resolve' }).nextSibling,
    ).toHaveTextContent('T+3h25m');
  });

  it('moves on to the debrief or exits from the keyboard', async () => {
    const user = userEvent.setup();
    const onDebrief = vi.fn();
    const onExit = vi.fn();
    render(
      <ScoreScreen session={misled()} analysis={null} onDebrief={onDebrief} onExit={onExit} />,
    );
    expect(screen.getByText(/no par to compare with/)).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Debrief' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onDebrief).toHaveBeenCalledTimes(1);
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

describe('DebriefScreen', () => {
  let blobs: Blob[];
  let downloads: string[];
  const revokeObjectURL = vi.fn();
  const createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:postmortem';
  });

  beforeEach(() => {
    blobs = [];
    downloads = [];
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    revokeObjectURL.mockClear();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('reveals the root cause and explains the red herring', () => {
    render(<DebriefScreen session={misled()} analysis={analysis} onExit={() => {}} />);
    const root = screen.getByRole('region', { name: 'The root cause' });
    expect(within(root).getByText('Firewall')).toBeInTheDocument();
    expect(
      within(root).getByText('A firewall rule edited in maintenance blocked traffic.'),
    ).toBeInTheDocument();
    const misledBy = screen.getByRole('region', { name: 'What misled us' });
    expect(misledBy).toHaveTextContent(
      'Connections pile up because requests hang, not because the database is slow.',
    );
    expect(misledBy).toHaveTextContent('Database was not the cause: 140 min lost on it.');
    const chart = screen.getByRole('region', { name: /shared game-time axis/ });
    expect(within(chart).getByRole('region', { name: 'Your team' })).toBeInTheDocument();
    expect(within(chart).getByRole('region', { name: 'Par path' })).toBeInTheDocument();
    expect(within(chart).getByRole('region', { name: 'Real incident' })).toBeInTheDocument();
  });

  it('exports the postmortem as Markdown, with the edited action items', async () => {
    const user = userEvent.setup();
    render(<DebriefScreen session={misled()} analysis={analysis} onExit={() => {}} />);
    await user.type(screen.getByRole('textbox', { name: 'Owner of action item 1' }), 'ana');
    await user.click(screen.getByRole('checkbox', { name: 'Done (action item 1)' }));
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));

    expect(downloads).toEqual(['postmortem-tiny-firewall.md']);
    expect(blobs).toHaveLength(1);
    const markdown = await blobs[0]!.text();
    expect(markdown.startsWith('# Postmortem: Tiny firewall drill\n')).toBe(true);
    expect(markdown).toContain('## What misled us');
    expect(markdown).toContain('- [x] Audit firewall rules — owner: ana');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:postmortem');
  });

  it('prints through window.print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<DebriefScreen session={misled()} analysis={analysis} onExit={() => {}} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
