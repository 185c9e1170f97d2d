import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatClock, formatGameTime, toArray } from '../../src/engine/index.ts';
import { database } from '../../src/storage/db.ts';
import type { StoredDrill } from '../../src/storage/drillRecord.ts';
import { getDrill, saveDrill } from '../../src/storage/drills.ts';
import { App } from '../../src/ui/App.tsx';
import { useStorageStatus } from '../../src/ui/persistence/storageStatus.ts';
import { useAppStore } from '../../src/ui/store.ts';
import { TestDrill } from '../helpers/testDrill.ts';
import { storedFrom } from '../storage/drillFixtures.ts';
import { resetStore, tinyText } from './drillFixtures.tsx';

const PATH = '/scenarios/tiny.yaml';
const source = () => Promise.resolve([{ path: PATH, text: tinyText }]);

function playedDrill() {
  return TestDrill.load('test/fixtures/tiny.yaml', { seed: 5 })
    .as('Ana')
    .ack()
    .do('check-db')
    .jump()
    .note('db looks fine')
    .advance('7m');
}

function stored(drill: TestDrill, patch: Partial<StoredDrill> = {}): StoredDrill {
  return storedFrom(drill, {
    id: 'saved-1',
    scenarioPath: PATH,
    team: 'Night shift',
    roster: [
      { name: 'Ana', role: 'incident-commander' },
      { name: 'Bo', role: 'operations' },
    ],
    screen: 'console',
    speed: 300,
    status: 'active',
    finishedAt: null,
    result: null,
    ...patch,
  });
}

const timelineTexts = () =>
  within(screen.getByRole('list', { name: /Timeline entries/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

beforeEach(async () => {
  resetStore();
  sessionStorage.clear();
  useStorageStatus.setState({ problem: null, detail: '' });
  await database().drills.clear();
});

describe('resuming a saved drill', () => {
  it('offers the unfinished drill and resumes it at the same game time, timeline and team', async () => {
    const user = userEvent.setup();
    const drill = playedDrill();
    await saveDrill(stored(drill));
    render(<App source={source} />);

    const resume = await screen.findByRole(
      'button',
      { name: `Resume Tiny firewall drill at ${formatGameTime(drill.now)}` },
      { timeout: 5000 },
    );
    await waitFor(() => expect(resume).toBeEnabled(), { timeout: 5000 });
    await user.click(resume);

    const clock = await screen.findByLabelText(
      `Incident clock ${formatClock(drill.now)}`,
      {},
      { timeout: 5000 },
    );
    expect(clock).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    const expected = toArray(drill.ctx.timeline).map((e) => e.text);
    const shown = timelineTexts();
    expect(shown).toHaveLength(expected.length);
    for (const text of expected) expect(shown.some((s) => s?.includes(text))).toBe(true);
    expect(useAppStore.getState()).toMatchObject({ mode: 'team', team: 'Night shift', speed: 300 });
  });

  it('discarding keeps the drill but stops offering it', async () => {
    const user = userEvent.setup();
    await saveDrill(stored(playedDrill()));
    render(<App source={source} />);
    await user.click(await screen.findByRole('button', { name: 'Discard' }, { timeout: 5000 }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Resume Tiny firewall drill at/ })).toBeNull(),
    );
    expect((await getDrill('saved-1'))?.status).toBe('abandoned');
    expect(
      screen.getByRole('button', { name: /^Resume Tiny firewall drill, / }),
    ).toBeInTheDocument();
  });

  it('leaves playtests out: they are neither offered for resuming nor listed', async () => {
    await saveDrill(stored(playedDrill(), { id: 'playtest-1', playtest: true }));
    await saveDrill(
      stored(playedDrill(), { id: 'drill-2', status: 'abandoned', scenarioTitle: 'Real drill' }),
    );
    render(<App source={source} />);
    await screen.findByRole('button', { name: /^Resume Real drill, / }, { timeout: 5000 });
    expect(screen.queryByRole('group', { name: 'Unfinished drill' })).toBeNull();
    const yours = screen.getByRole('region', { name: 'Your drills' });
    expect(within(yours).queryByText(/Tiny firewall drill/)).toBeNull();
  });

  it('a discarded drill taken up again is in play again, and is saved as finished when it ends', async () => {
    const user = userEvent.setup();
    await saveDrill(stored(playedDrill(), { status: 'abandoned' }));
    render(<App source={source} />);
    const resume = await screen.findByRole(
      'button',
      { name: /^Resume Tiny firewall drill, / },
      { timeout: 5000 },
    );
    await waitFor(() => expect(resume).toBeEnabled(), { timeout: 5000 });
    await user.click(resume);
    await screen.findByLabelText(/^Incident clock/, {}, { timeout: 5000 });
    await waitFor(async () => expect((await getDrill('saved-1'))?.status).toBe('active'));

    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
    await user.click(screen.getByRole('button', { name: 'End the drill' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end it now' }));
    await waitFor(async () => expect((await getDrill('saved-1'))?.status).toBe('finished'));
  });

  it('a reload on the debrief of a finished drill comes back to that debrief; "Exit" ends that', async () => {
    const user = userEvent.setup();
    const finished = TestDrill.load('test/fixtures/tiny.yaml', { seed: 5 })
      .as('Ana')
      .ack()
      .do('check-changes')
      .jump()
      .page('infra')
      .jump()
      .do('fix-firewall')
      .jump()
      .expectResolved();
    await saveDrill(stored(finished, { status: 'finished', screen: 'debrief' }));
    const first = render(<App source={source} />);
    const open = await screen.findByRole('button', { name: /^Open Tiny/ }, { timeout: 5000 });
    await waitFor(() => expect(open).toBeEnabled(), { timeout: 5000 });
    await user.click(open);
    await screen.findByRole('heading', { name: /^Debrief: / }, { timeout: 5000 });
    await waitFor(() => expect(sessionStorage.getItem('firedrill.openDrill')).toBe('saved-1'));

    // The tab reloads: a new app with the same session storage.
    first.unmount();
    resetStore();
    const second = render(<App source={source} />);
    await screen.findByRole('heading', { name: /^Debrief: / }, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Exit' }));
    await waitFor(() => expect(sessionStorage.getItem('firedrill.openDrill')).toBeNull());
    second.unmount();
    resetStore();
    render(<App source={source} />);
    await screen.findByRole('button', { name: /^Open Tiny/ }, { timeout: 5000 });
    expect(screen.queryByRole('heading', { name: /^Debrief: / })).toBeNull();
  }, 20_000);

  it('explains why a drill played on another version of the scenario cannot resume', async () => {
    const user = userEvent.setup();
    const drill = stored(playedDrill(), {
      scenario: { id: 'tiny-firewall', version: '0.9.0', hash: '0123456789abcdef' },
    });
    await saveDrill(drill);
    render(<App source={source} />);
    const resume = await screen.findByRole(
      'button',
      { name: /^Resume Tiny firewall drill at/ },
      { timeout: 5000 },
    );
    await waitFor(() => expect(resume).toBeEnabled(), { timeout: 5000 });
    await user.click(resume);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /played on "Tiny firewall drill" 0\.9\.0; the installed file is version 1\.0\.0.*No copy of the scenario was saved/,
    );
  });

  it('asks for a team name in team mode', async () => {
    const user = userEvent.setup();
    render(<App source={source} />);
    expect(screen.queryByLabelText('Team name')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Team on one screen/ }));
    await user.type(screen.getByLabelText('Team name'), 'Blue');
    expect(useAppStore.getState().team).toBe('Blue');
  });
});

describe('a damaged record', () => {
  it('is set aside with a plain-words notice; the validator detail stays folded away', async () => {
    await saveDrill(stored(playedDrill()));
    // Written behind the app's back, as a bug or a hand edit would.
    await database().drills.put({ id: 'broken-1', journal: 'nope' });
    render(<App source={source} />);
    const notice = await screen.findByText(
      /1 saved drill could not be read/,
      {},
      { timeout: 5000 },
    );
    expect(notice).toHaveTextContent('damaged or incomplete');
    expect(notice).toHaveTextContent('Your other drills are fine.');
    expect(notice).not.toHaveTextContent(/Invalid input|expected/);
    expect(screen.getByText('Technical detail')).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /^Resume Tiny firewall drill at/ }),
    ).toBeInTheDocument();
  });
});

describe('without IndexedDB', () => {
  it('shows a banner and still lets a drill start', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: private mode in some browsers: no IndexedDB at all
    delete globalThis.indexedDB;
    try {
      render(<App source={source} />);
      expect(await screen.findByRole('alert')).toHaveTextContent(/Drills are not being saved/);
      expect(await screen.findByRole('button', { name: /^Brief me/ })).toBeEnabled();
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
