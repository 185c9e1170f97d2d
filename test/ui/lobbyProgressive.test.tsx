import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App.tsx';
import { analyzeText, loadText } from '../../src/ui/catalogue/analyze.ts';
import type { CatalogueSource } from '../../src/ui/catalogue/source.ts';
import type { Analyzer } from '../../src/ui/catalogue/useCatalogue.ts';
import { resetStore, tinyText } from './drillFixtures.tsx';

/** An analyzer whose analysis step finishes only when the test says so. */
function heldAnalyzer() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const analyzer: Analyzer = async (path, text, options = {}) => {
    const loaded = loadText(path, text, options.file);
    if (loaded.status !== 'ok') return loaded;
    options.onLoaded?.(loaded);
    await held;
    return analyzeText(path, text, options.file);
  };
  return { analyzer, release };
}

describe('Lobby while scenarios are analysed', () => {
  beforeEach(() => resetStore());

  it('a card can be briefed as soon as its file loads; par fills in when the analysis ends', async () => {
    const user = userEvent.setup();
    const { analyzer, release } = heldAnalyzer();
    render(
      <App
        source={() => Promise.resolve([{ path: '/scenarios/a.yaml', text: tinyText }])}
        analyzer={analyzer}
      />,
    );
    const card = await screen.findByRole('article', { name: 'Tiny firewall drill' });
    const par = () => within(card).getByText('Par time').nextSibling as HTMLElement;
    expect(par()).toHaveTextContent('Analysing…');
    expect(par()).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByRole('button', { name: /Brief me/ })).toBeEnabled();

    release();
    await waitFor(() => expect(par()).toHaveTextContent(/^\d+[hm]/));
    expect(par()).not.toHaveAttribute('aria-busy');

    await user.click(within(card).getByRole('button', { name: /Brief me/ }));
    expect(screen.getByRole('button', { name: 'Start the drill' })).toBeInTheDocument();
  });

  it('starts on each file as its text arrives, before the slowest file is in', async () => {
    let finish: () => void = () => {};
    const slowest = new Promise<void>((resolve) => (finish = resolve));
    const first = { path: '/scenarios/a.yaml', text: tinyText };
    const source: CatalogueSource = async (onText) => {
      onText?.(first);
      await slowest;
      return [first, { path: '/scenarios/z.yaml', text: 'id: [unclosed' }];
    };
    render(<App source={source} />);
    const card = await screen.findByRole('article', { name: 'Tiny firewall drill' });
    expect(within(card).getByRole('button', { name: /Brief me/ })).toBeEnabled();
    expect(screen.queryByRole('article', { name: /Invalid scenario/ })).toBeNull();
    finish();
    expect(await screen.findByRole('article', { name: /Invalid scenario/ })).toBeInTheDocument();
    expect(screen.getAllByRole('article', { name: 'Tiny firewall drill' })).toHaveLength(1);
  });
});
