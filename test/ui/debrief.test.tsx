import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import {
  analyzeScenario,
  buildDebrief,
  formatGameTime,
  loadScenario,
  runPath,
  scoreDrill,
  type DebriefLane,
} from '../../src/engine/index.ts';
import { DebriefScreen } from '../../src/ui/debrief/DebriefScreen.tsx';
import { ScoreScreen } from '../../src/ui/debrief/ScoreScreen.tsx';
import { layoutLane, trackWidth } from '../../src/ui/debrief/timelineLayout.ts';

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

describe('timeline layout', () => {
  const lane = (times: number[]): DebriefLane => ({
    id: 'team',
    label: 'Your team',
    end: null,
    events: times.map((t) => ({
      t: t * 60_000,
      kind: 'note',
      text: 'x'.repeat(200),
      participant: 'You',
      detail: null,
      mark: null,
    })),
  });

  it('stacks pins that would overlap into rows, and never overlaps two on one row', () => {
    const axisEnd = 160 * 60_000;
    const width = trackWidth(axisEnd);
    const times = [0, 0, 0, 1, 2, 27, 27, 27, 27, 28, 54, 54.2, 100, 159, 160];
    const { pins, rows } = layoutLane(lane(times), axisEnd, width);
    expect(pins.map((p) => p.number)).toEqual(times.map((_, i) => i + 1));
    expect(rows).toBeGreaterThanOrEqual(4);
    // Pins that share a time are on different rows.
    expect(new Set(pins.slice(0, 3).map((p) => p.row)).size).toBe(3);
    for (const a of pins)
      for (const b of pins) {
        if (a === b || a.row !== b.row || a.at > b.at) continue;
        const aEnd = a.at * width + a.label.length * 8 + 12;
        expect(b.at * width).toBeGreaterThanOrEqual(aEnd);
      }
    // Far-apart pins share the first row.
    expect(pins[12]!.row).toBe(0);
  });

  it('the axis scales: a long drill gets a wider chart, a short one the minimum', () => {
    expect(trackWidth(10 * 60_000)).toBe(640);
    expect(trackWidth(16 * 3_600_000)).toBe(3840);
    expect(trackWidth(1000 * 3_600_000)).toBe(6000);
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

  it('while par is still being worked out its lane says so, not that there is no data', () => {
    const { unmount } = render(
      <DebriefScreen session={misled()} analysis={null} analysing onExit={() => {}} />,
    );
    expect(screen.getAllByText('Working out par…').length).toBeGreaterThan(0);
    expect(screen.queryByText('No data for this lane.')).toBeNull();
    unmount();
    // Without an analysis on the way, the empty lane is just empty.
    render(<DebriefScreen session={misled()} analysis={null} onExit={() => {}} />);
    expect(screen.getAllByText('No data for this lane.').length).toBeGreaterThan(0);
    expect(screen.queryByText('Working out par…')).toBeNull();
  });

  it('lists every timeline event in full, numbered like the chart pins', () => {
    const session = misled();
    const score = scoreDrill(model, session.context(), {
      par: analysis.par?.time ?? null,
      at: session.now(),
    });
    const debrief = buildDebrief(model, session.context(), score, analysis);
    render(<DebriefScreen session={session} analysis={analysis} onExit={() => {}} />);
    const lanes = [debrief.timelines.team, debrief.timelines.par, debrief.timelines.real];
    for (const lane of lanes) {
      const lists = document.querySelector<HTMLElement>('.debrief-event-lists')!;
      const list = within(lists).getByRole('region', { name: new RegExp(`^${lane.label}`) });
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(lane.events.length);
      lane.events.forEach((event, i) => {
        // The whole text, never clipped; the pin's number is the item's position.
        expect(items[i]).toHaveTextContent(event.text);
        expect(items[i]).toHaveTextContent(formatGameTime(event.t));
        expect(items[i]!.querySelector('.debrief-pin')?.textContent).toMatch(
          new RegExp(`${i + 1}$`),
        );
      });
    }
    const chart = screen.getByRole('region', { name: /shared game-time axis/ });
    const team = within(chart).getByRole('region', { name: 'Your team' });
    expect(team.querySelectorAll('.debrief-pin')).toHaveLength(
      debrief.timelines.team.events.length,
    );
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
