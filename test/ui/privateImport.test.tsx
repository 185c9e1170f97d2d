/**
 * Private browsing: no IndexedDB. Nothing is saved, but an exported drill can still be opened
 * (in memory) to look at its score, debrief and replay.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportBackup, exportDrill } from '../../src/storage/transfer.ts';
import { App } from '../../src/ui/App.tsx';
import { useStorageStatus } from '../../src/ui/persistence/storageStatus.ts';
import { activeDrill, resolvedDrill, storedFrom, tinyText } from '../storage/drillFixtures.ts';
import { resetStore } from './drillFixtures.tsx';

const PATH = '/scenarios/tiny.yaml';
const tinySource = () => Promise.resolve([{ path: PATH, text: tinyText }]);
/** A catalogue without tiny.yaml: the drill must replay on the scenario text in its file. */
const otherSource = () =>
  Promise.resolve([
    {
      path: '/scenarios/other.yaml',
      text: tinyText
        .replace('id: tiny-firewall', 'id: other-drill')
        .replace('title: Tiny firewall drill', 'title: Other drill'),
    },
  ]);

const fileInput = () => screen.getByLabelText('Drill file to open');
const asFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });

let savedIndexedDb: IDBFactory | undefined;
beforeEach(() => {
  resetStore();
  sessionStorage.clear();
  useStorageStatus.setState({ problem: null, detail: '' });
  savedIndexedDb = globalThis.indexedDB;
  // @ts-expect-error: private mode in some browsers: no IndexedDB at all
  delete globalThis.indexedDB;
});
afterEach(() => {
  if (savedIndexedDb) globalThis.indexedDB = savedIndexedDb;
});

describe('without IndexedDB, an exported drill still opens', () => {
  it('opens a finished drill file on its debrief, saying it will not be kept', async () => {
    const user = userEvent.setup();
    const drill = storedFrom(resolvedDrill(), { id: 'exported-1', screen: 'debrief' });
    render(<App source={tinySource} />);
    const yours = await screen.findByRole('region', { name: 'Your drills' }, { timeout: 5000 });
    expect(within(yours).getByText(/won.t be kept/)).toBeInTheDocument();
    // Nothing to export here, and nothing listed: only opening a file.
    expect(within(yours).queryByRole('button', { name: /Export all/ })).toBeNull();
    const open = within(yours).getByRole('button', { name: 'Open a drill file…' });
    await waitFor(() => expect(open).toBeEnabled(), { timeout: 5000 });

    await user.upload(fileInput(), asFile(exportDrill(drill, null, 1), 'd.firedrill.json'));
    expect(
      await screen.findByRole(
        'heading',
        { name: /^Debrief: Tiny firewall drill/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Drills are not being saved/);
  });

  it('replays on the scenario text in the file when this catalogue lacks the scenario', async () => {
    const user = userEvent.setup();
    const drill = storedFrom(resolvedDrill(), { id: 'exported-2', screen: 'score' });
    render(<App source={otherSource} />);
    const open = await screen.findByRole(
      'button',
      { name: 'Open a drill file…' },
      { timeout: 5000 },
    );
    await waitFor(() => expect(open).toBeEnabled(), { timeout: 5000 });
    await user.upload(fileInput(), asFile(exportDrill(drill, tinyText, 1), 'd.firedrill.json'));
    expect(
      await screen.findByRole('heading', { name: /^Score: / }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('a backup lists its drills to open one; a bad file says why', async () => {
    const user = userEvent.setup();
    const finished = storedFrom(resolvedDrill(), { id: 'b-1', team: 'Finished team' });
    const active = storedFrom(activeDrill(), { id: 'b-2', team: 'Active team' });
    render(<App source={tinySource} />);
    const open = await screen.findByRole(
      'button',
      { name: 'Open a drill file…' },
      { timeout: 5000 },
    );
    await waitFor(() => expect(open).toBeEnabled(), { timeout: 5000 });

    await user.upload(fileInput(), asFile('{"kind":"nope"}', 'x.json'));
    expect(await screen.findByText(/Could not open x\.json: not a Firedrill/)).toBeInTheDocument();

    await user.upload(fileInput(), asFile(exportBackup([finished, active], 1), 'backup.json'));
    const list = await screen.findByRole('list', { name: 'Drills in backup.json' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(list).getByRole('button', { name: /^Open .*Finished team/ }));
    expect(
      await screen.findByRole('heading', { name: /^(Score|Debrief): / }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
