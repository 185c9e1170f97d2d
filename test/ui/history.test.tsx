import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  analyzeScenario,
  formatGameTime,
  runPath,
  type DrillSession,
} from '../../src/engine/index.ts';
import type { StoredDrill } from '../../src/storage/drillRecord.ts';
import { summarizeResult } from '../../src/storage/drillResult.ts';
import { analyzeText } from '../../src/ui/catalogue/analyze.ts';
import { fillMissingResults } from '../../src/ui/history/fillResults.ts';
import { HistoryView } from '../../src/ui/history/HistoryView.tsx';
import { entryFrom, modelFrom, resetStore, tinyText } from './drillFixtures.tsx';
import { DAY, MIN, T0, drill } from './historyFixtures.ts';

const model = modelFrom();
const par = analyzeScenario(model).par!;
const entries = [entryFrom(tinyText, '/scenarios/tiny.yaml')];
const analyze = (path: string, text: string) => Promise.resolve(analyzeText(path, text));

/** A stored record of a drill really played on the tiny scenario. */
function stored(session: DrillSession, patch: Partial<StoredDrill>): StoredDrill {
  const record = session.record();
  const at = patch.finishedAt ?? T0;
  return {
    id: 'drill',
    format: 1,
    scenario: record.scenario,
    scenarioTitle: model.file.title,
    scenarioPath: '/scenarios/tiny.yaml',
    scenarioText: null,
    failureModes: [...model.file.failureModes],
    seed: record.seed,
    journal: record.journal,
    clockAt: record.clockAt,
    mode: 'solo',
    team: 'Ana',
    roster: [{ name: 'Ana', role: 'incident-commander' }],
    screen: 'debrief',
    mystery: false,
    speed: 60,
    status: 'finished',
    playtest: false,
    scheduleId: null,
    startedAt: at - DAY / 24,
    updatedAt: at,
    finishedAt: at,
    result: summarizeResult(model, session.context(), { par: par.time, at: session.now() }),
    ...patch,
  };
}

const fast = stored(runPath(model, par.path, { participant: 'Ana' }).session, {
  id: 'fast',
  finishedAt: T0 + 2 * DAY,
});
const slow = stored(runPath(model, model.file.history!.path, { participant: 'Ana' }).session, {
  id: 'slow',
  finishedAt: T0 + DAY,
});
const team = stored(runPath(model, par.path, { participant: 'Bo' }).session, {
  id: 'team',
  mode: 'team',
  team: 'Night shift',
  finishedAt: T0 + 3 * DAY,
});
const playtest = { ...fast, id: 'playtest', playtest: true };

function show(drills: StoredDrill[], onStart = vi.fn(), catalogue = entries) {
  render(
    <HistoryView
      drills={drills}
      entries={catalogue}
      onStart={onStart}
      now={T0 + 4 * DAY}
      analyze={analyze}
    />,
  );
  return onStart;
}

const drillRows = () =>
  within(screen.getByRole('region', { name: 'Finished drills table' }))
    .getAllByRole('row')
    .slice(1);

describe('History page', () => {
  beforeEach(() => resetStore());

  it('lists finished drills newest first with time against par, splits and grade; playtests left out', () => {
    show([slow, fast, team, playtest]);
    expect(screen.getByRole('heading', { name: 'Finished drills (3)' })).toBeInTheDocument();
    const [first, second, third] = drillRows();
    expect(first).toHaveTextContent('Night shift');
    expect(first).toHaveTextContent('Team');
    expect(second).toHaveTextContent(/1\.00× par/);
    // Each phase at the game time it was reached, as the score screen says it, then its length.
    for (const phase of fast.result!.phases)
      expect(second).toHaveTextContent(`${phase.label} ${formatGameTime(phase.ms)} (+`);
    expect(second).toHaveTextContent(fast.result!.grade);
    expect(third).toHaveTextContent(/3\.7\d× par/);
    expect(third).toHaveTextContent('v1.0.0');
    expect(within(third!).queryByText('changed since')).toBeNull();
  });

  it('marks drills whose scenario has changed since they were played', () => {
    const changed = tinyText.replace('version: 1.0.0', 'version: 1.1.0');
    show([fast], vi.fn(), [entryFrom(changed, '/scenarios/tiny.yaml')]);
    expect(within(drillRows()[0]!).getByText('changed since')).toBeInTheDocument();
    expect(screen.getByText(/the catalogue now has v1\.1\.0, not v1\.0\.0/)).toBeInTheDocument();
  });

  it('filters by team or player and by scenario', async () => {
    const user = userEvent.setup();
    show([slow, fast, team]);
    await user.selectOptions(screen.getByLabelText('Team or player'), 'Night shift');
    expect(drillRows()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Trends: Night shift' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Team or player'), 'Ana');
    expect(drillRows()).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Scenario'), 'tiny-firewall');
    expect(drillRows()).toHaveLength(2);
  });

  it('tells apart on the chart axis drills played on the same day', () => {
    const sameDay = { ...fast, id: 'fast-again', finishedAt: fast.finishedAt! + 60_000 };
    show([fast, sameDay]);
    const axis = screen.getByRole('img', { name: 'Time to resolution relative to par' });
    const labels = [...axis.querySelectorAll('.trend-x')].map((t) => t.textContent);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    expect(labels[1]).toMatch(/#2$/);
  });

  it('labels every tick of the phase chart differently, even for drills of a few minutes', () => {
    const short = drill({
      ttr: 2.5,
      par: 2,
      result: { ...drill().result!, phases: [{ id: 'resolve', label: 'Resolve', ms: 2.5 * MIN }] },
    });
    show([short]);
    const chart = screen.getByRole('img', { name: 'Phase splits (game minutes from T+0)' });
    const labels = [...chart.querySelectorAll('.trend-grid text')].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('competency cells and the recommendation are headings under the section heading', () => {
    show([slow, fast]);
    expect(screen.getByRole('heading', { level: 3, name: 'Recommended next' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 4 })).toHaveLength(0);
  });

  it('draws three trend charts, each with a table alternative', async () => {
    const user = userEvent.setup();
    show([slow, fast]);
    const charts = screen.getAllByRole('figure');
    expect(
      charts.map((c) => within(c).getByRole('img').getAttribute('aria-labelledby')),
    ).toHaveLength(3);
    expect(
      screen.getByRole('img', { name: 'Time to resolution relative to par' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Phase splits (game minutes from T+0)' }),
    ).toBeInTheDocument();
    const herrings = screen.getByRole('figure', { name: 'Red-herring minutes' });
    await user.click(within(herrings).getByText('Red-herring minutes: as a table'));
    const rows = within(herrings).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(String(Math.round(slow.result!.redHerringMs / 60_000)));
    expect(rows[1]).toHaveTextContent(/0$/);
    // The ratio chart draws one dot per resolved drill with a par.
    const ratio = screen.getByRole('img', { name: 'Time to resolution relative to par' });
    expect(ratio.querySelectorAll('circle')).toHaveLength(2);
  });

  it("shows the solo learner's competency map and starts the recommended scenario", async () => {
    const user = userEvent.setup();
    const onStart = show([slow, fast]);
    const map = screen.getByRole('list', { name: 'Competency of Ana by failure mode' });
    const cells = within(map).getAllByRole('listitem');
    expect(cells).toHaveLength(12);
    // tiny.yaml names no failure mode, so it drills the default one.
    const mode = model.file.failureModes[0];
    expect(mode).toBe('configuration');
    const practised = cells.find((c) => within(c).queryByRole('heading', { name: mode }))!;
    expect(practised).toHaveTextContent('Drills2');
    expect(practised).toHaveTextContent('Latest1.00× par');
    const dns = cells.find((c) => within(c).queryByRole('heading', { name: 'dns' }))!;
    expect(dns).toHaveTextContent('Not yet practised');
    await user.click(screen.getByRole('button', { name: 'Start Tiny firewall drill' }));
    expect(onStart).toHaveBeenCalledWith('/scenarios/tiny.yaml');
  });

  it('opens a drill again: score and debrief rebuilt from its journal', async () => {
    const user = userEvent.setup();
    show([slow, fast]);
    await user.click(within(drillRows()[1]!).getByRole('button', { name: /^Debrief of/ }));
    expect(
      await screen.findByRole('heading', { name: 'Debrief: Tiny firewall drill' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(
      await screen.findByRole('heading', { name: 'Score: Tiny firewall drill' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Resolved in 3h25m, 3.7× par (55m).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back to history' }));
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
  });

  it('replays a drill step by step, with the clock and timeline at each step', async () => {
    const user = userEvent.setup();
    show([fast]);
    await user.click(screen.getByRole('button', { name: /^Replay Tiny firewall drill/ }));
    const slider = await screen.findByRole('slider');
    const total = fast.journal.length;
    expect(slider).toHaveValue(String(total));
    expect(screen.getByText(/The end of the drill/)).toBeInTheDocument();
    const timeline = () => screen.getByRole('list', { name: 'Timeline entries, newest first' });
    const endEntries = within(timeline()).getAllByRole('listitem').length;

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText(`Step ${total - 1} of ${total}`)).toBeInTheDocument();
    for (let i = 0; i < total - 1; i++)
      await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText('The alert, before anyone acted.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(within(timeline()).getAllByRole('listitem').length).toBeLessThan(endEntries);
    expect(screen.getByLabelText(/Incident clock/)).toHaveTextContent('00:30:00');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Ana acknowledged the alert.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const action = fast.journal[1]!.event;
    if (action.type !== 'player.start') throw new Error('expected an action second');
    expect(
      screen.getByText(`Ana started: ${model.actions.get(action.action)!.label}.`),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Incident clock/)).toHaveTextContent(
      new Date(fast.journal[1]!.t).toISOString().slice(11, 19),
    );
  });

  it('replays from the saved text when the catalogue no longer has that version, and says so when it cannot', async () => {
    const user = userEvent.setup();
    const changed = [
      entryFrom(tinyText.replace('version: 1.0.0', 'version: 2.0.0'), '/scenarios/tiny.yaml'),
    ];
    show(
      [
        { ...fast, scenarioText: tinyText },
        { ...slow, id: 'lost' },
      ],
      vi.fn(),
      changed,
    );
    await user.click(within(drillRows()[0]!).getByRole('button', { name: /^Debrief/ }));
    expect(
      await screen.findByRole('heading', { name: 'Debrief: Tiny firewall drill' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back to history' }));
    await user.click(within(drillRows()[1]!).getByRole('button', { name: /^Debrief/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /played on tiny-firewall v1\.0\.0.*cannot be replayed/,
    );
  });

  it('scores old records that kept no result by replaying their journal', async () => {
    const old = { ...slow, id: 'old', result: null };
    const lost = { ...old, id: 'lost', scenario: { ...old.scenario, hash: 'ffffffffffffffff' } };
    const [filled, unknown, untouched] = await fillMissingResults(
      [old, lost, fast],
      entries,
      analyze,
    );
    expect(filled!.result).toEqual(slow.result);
    expect(unknown!.result).toBeNull();
    expect(untouched).toBe(fast);
  });
});
