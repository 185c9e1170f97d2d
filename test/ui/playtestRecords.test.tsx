import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { database } from '../../src/storage/db.ts';
import type { StoredDrill } from '../../src/storage/drillRecord.ts';
import { getDrill, listDrills, saveDrill } from '../../src/storage/drills.ts';
import { App } from '../../src/ui/App.tsx';
import { initialDraft, useDraftStore } from '../../src/ui/catalogue/draft.ts';
import { useAppStore } from '../../src/ui/store.ts';
import { TestDrill } from '../helpers/testDrill.ts';
import { TINY, storedFrom } from '../storage/drillFixtures.ts';
import { resetStore, tinyText } from './drillFixtures.tsx';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

const PATH = '/scenarios/tiny.yaml';
const source = () => Promise.resolve([{ path: PATH, text: tinyText }]);
const noFrames = { request: () => 0, cancel: () => {} };
const NOTICE = /This was an author's playtest, not a real drill/;
const PANEL = 'Playtest: hidden information';

type User = ReturnType<typeof userEvent.setup>;

/** End the drill on the console from the facilitator panel: the score screen follows. */
async function endDrill(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Acknowledge alert' }));
  // The panel stays open from one drill to the next.
  if (!screen.queryByRole('button', { name: 'End the drill' }))
    await user.click(screen.getByRole('button', { name: 'Facilitator' }));
  await user.click(screen.getByRole('button', { name: 'End the drill' }));
  await user.click(screen.getByRole('button', { name: 'Yes, end it now' }));
  await screen.findByRole('heading', { name: /^Score: / }, { timeout: 5000 });
}

/**
 * Plays a real drill to its end and waits for its record: a playtest played before it would
 * have been written by then (its record is created when it starts), so the store can be read.
 */
async function playRealDrillToTheEnd(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Drills' }));
  await user.click(await screen.findByRole('button', { name: /^Brief me: Tiny firewall drill$/ }));
  await user.click(screen.getByRole('button', { name: 'Start the drill' }));
  await endDrill(user);
  expect(screen.queryByText(NOTICE)).toBeNull();
  await waitFor(async () => expect((await listDrills())[0]?.status).toBe('finished'));
}

function stored(patch: Partial<StoredDrill>): StoredDrill {
  const drill = TestDrill.load(TINY, { seed: 5 }).as('Ana').ack();
  return storedFrom(drill, {
    id: 'saved-1',
    scenarioPath: PATH,
    mode: 'solo',
    team: 'Ana',
    roster: [{ name: 'Ana', role: 'incident-commander' }],
    ...patch,
  });
}

beforeEach(async () => {
  resetStore();
  useDraftStore.setState(initialDraft());
  sessionStorage.clear();
  await database().drills.clear();
});

describe('playtests', () => {
  it('an explorer playtest says so on its score and debrief, and leaves no record', async () => {
    const user = userEvent.setup();
    render(<App source={source} scheduler={noFrames} />);
    await user.click(await screen.findByRole('button', { name: 'Explore: Tiny firewall drill' }));
    await user.click(await screen.findByRole('button', { name: 'Playtest from the alert' }));
    await screen.findByRole('complementary', { name: PANEL });
    await endDrill(user);

    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('Playtest');
    expect(notice).toHaveTextContent(NOTICE);
    expect(notice).toHaveTextContent('not saved to your drills or history');
    await user.click(screen.getByRole('button', { name: 'Debrief' }));
    await screen.findByRole('heading', { name: /^Debrief: / }, { timeout: 5000 });
    expect(screen.getByRole('note')).toHaveTextContent(NOTICE);
    // Nothing was recorded, so there is no drill file to export.
    const actions = screen.getByRole('navigation', { name: 'Debrief actions' });
    expect(within(actions).queryByRole('button', { name: 'Export drill' })).toBeNull();
    expect(within(actions).getByRole('button', { name: 'Export Markdown' })).toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Exit' }));

    await playRealDrillToTheEnd(user);
    const drills = await listDrills();
    expect(drills.map((d) => [d.scenarioPath, d.playtest])).toEqual([[PATH, false]]);
  }, 20_000);

  it('a draft played from the authoring screen is a playtest too: labelled, never saved', async () => {
    const user = userEvent.setup();
    render(<App source={source} scheduler={noFrames} />);
    await user.click(screen.getByRole('button', { name: 'Author' }));
    const editor = await screen.findByRole('textbox', { name: 'Scenario YAML' });
    await user.click(editor);
    await user.paste(tinyText);
    await user.click(await screen.findByRole('button', { name: 'Play now' }));
    await user.click(screen.getByRole('button', { name: 'Start the drill' }));
    expect(
      await screen.findByText('Playtest (not recorded): Tiny firewall drill'),
    ).toBeInTheDocument();
    await endDrill(user);
    expect(screen.getByRole('note')).toHaveTextContent(NOTICE);
    await user.click(screen.getByRole('button', { name: 'Exit' }));

    await playRealDrillToTheEnd(user);
    expect((await listDrills()).map((d) => d.scenarioPath)).toEqual([PATH]);
  }, 20_000);

  it('records earlier versions kept of playtests are removed; real drills stay', async () => {
    await saveDrill(stored({ id: 'old-playtest', playtest: true, scenarioPath: 'draft:x.yaml' }));
    await saveDrill(stored({ id: 'real', status: 'abandoned' }));
    render(<App source={source} />);
    await waitFor(async () => expect(await getDrill('old-playtest')).toBeUndefined());
    expect(await getDrill('real')).toBeDefined();
  });

  it('a drill resumed after a playtest is not shown as one', async () => {
    const user = userEvent.setup();
    // An explorer playtest was played earlier in this tab.
    resetStore({ playtest: true });
    await saveDrill(stored({ id: 'real' }));
    render(<App source={source} scheduler={noFrames} />);
    const resume = await screen.findByRole(
      'button',
      { name: /^Resume Tiny firewall drill at/ },
      { timeout: 5000 },
    );
    await waitFor(() => expect(resume).toBeEnabled(), { timeout: 5000 });
    await user.click(resume);
    await screen.findByLabelText(/^Incident clock/, {}, { timeout: 5000 });
    expect(useAppStore.getState().playtest).toBe(false);
    expect(screen.queryByRole('complementary', { name: PANEL })).toBeNull();
    expect(screen.queryByText(/Playtest \(not recorded\)/)).toBeNull();
  });
});
