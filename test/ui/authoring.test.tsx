import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadScenario, MAX_SCENARIO_CHARS, type Problem } from '../../src/engine/index.ts';
import { FiredrillDatabase } from '../../src/storage/db.ts';
import { App } from '../../src/ui/App.tsx';
import { AuthoringScreen } from '../../src/ui/authoring/AuthoringScreen.tsx';
import { excerptAt, offsetOf } from '../../src/ui/authoring/textPosition.ts';
import { initialDraft, useDraftStore } from '../../src/ui/catalogue/draft.ts';
import { LobbyScreen } from '../../src/ui/lobby/LobbyScreen.tsx';
import { useAppStore } from '../../src/ui/store.ts';
import { entryFrom, resetStore, tinyText } from './drillFixtures.tsx';

const BROKEN = path.resolve('test/fixtures/broken');
const brokenFiles = readdirSync(BROKEN)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const broken = (name: string) => readFileSync(path.join(BROKEN, name), 'utf8');

/** `file:line:col` as the CLI prints it, or the file alone for problems without a place. */
const where = (p: Problem) => (p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`);

/** Pasted fixtures are named after their id; those that do not parse stay `pasted.yaml`. */
const UNPARSED = new Set([
  'alias-bomb.yaml',
  'comments-only.yaml',
  'duplicate-key.yaml',
  'empty.yaml',
  'not-a-mapping.yaml',
  'yaml-syntax.yaml',
]);
const pastedAs = (fixture: string) =>
  UNPARSED.has(fixture) ? 'pasted.yaml' : 'tiny-firewall.yaml';

const editor = () => screen.getByRole('textbox', { name: 'Scenario YAML' });

async function pasteText(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(editor());
  await user.clear(editor());
  await user.paste(text);
}

const problemItems = () => screen.queryAllByTestId('problem');
const problemWhere = (item: HTMLElement) =>
  item.querySelector('.author-problem-where')?.textContent?.replace(/ \(go to .*\)$/, '');

beforeEach(() => {
  resetStore({ screen: 'author' });
  useDraftStore.setState(initialDraft());
});

describe('Authoring: a valid file', () => {
  it('pasted YAML shows the summary and the actions', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    expect(screen.getByText('Open, drop or paste a scenario to check it.')).toBeInTheDocument();
    await pasteText(user, tinyText);
    const summary = await screen.findByRole('region', { name: 'Tiny firewall drill' });
    const expected = loadScenario(tinyText, 'pasted.yaml');
    if (!expected.ok) throw new Error('tiny.yaml must be valid');
    const fact = (label: string) =>
      within(summary).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Id')).toBe('tiny-firewall');
    expect(fact('Version')).toBe('1.0.0');
    expect(fact('Content hash')).toBe(expected.model.ref.hash.slice(0, 8));
    expect(fact('Par time')).toMatch(/\d/);
    expect(fact('Par path')).toMatch(/^\d+ steps?$/);
    expect(fact('Actions')).toBe(String(expected.model.file.actions.length));
    expect(fact('Clues')).toBe(String(expected.model.file.clues.length));
    expect(fact('Red herrings')).toBe(
      String(expected.model.file.clues.filter((c) => c.redHerring).length),
    );
    expect(within(summary).getByRole('button', { name: 'Save to library' })).toBeEnabled();
    expect(within(summary).getByRole('button', { name: 'Explore' })).toBeEnabled();

    await user.click(within(summary).getByRole('button', { name: 'Play now' }));
    expect(useAppStore.getState()).toMatchObject({
      screen: 'briefing',
      scenarioPath: 'draft:tiny-firewall.yaml',
    });
  });

  it('Explore opens the explorer on the draft', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, tinyText);
    await user.click(await screen.findByRole('button', { name: 'Explore' }));
    expect(useAppStore.getState()).toMatchObject({
      screen: 'explorer',
      explorerPath: 'draft:tiny-firewall.yaml',
    });
  });

  it('in the app, Play goes to the briefing and the console with the pasted scenario', async () => {
    const user = userEvent.setup();
    resetStore();
    render(<App source={() => Promise.resolve([])} />);
    await user.click(screen.getByRole('button', { name: 'Author' }));
    await screen.findByRole('heading', { name: 'Author a scenario' });
    await pasteText(user, tinyText);
    await user.click(await screen.findByRole('button', { name: 'Play now' }));
    expect(screen.getByRole('heading', { name: 'Response time above 2s' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the drill' }));
    expect(await screen.findByRole('button', { name: 'Acknowledge alert' })).toBeInTheDocument();
  });

  it('the draft shows in the lobby with a Draft badge while it is valid', async () => {
    const user = userEvent.setup();
    resetStore();
    render(<App source={() => Promise.resolve([])} />);
    await user.click(screen.getByRole('button', { name: 'Author' }));
    await screen.findByRole('heading', { name: 'Author a scenario' });
    await pasteText(user, tinyText);
    await screen.findByRole('button', { name: 'Play now' });
    await user.click(screen.getByRole('button', { name: 'Drills' }));
    const card = await screen.findByRole('article', { name: /Tiny firewall drill/ });
    expect(within(card).getByText('Draft')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Brief me: Tiny firewall drill (draft)' }));
  });

  it('scenario text renders as text, never HTML', async () => {
    const user = userEvent.setup();
    const xss = '<img src=x onerror=alert(1)>';
    const hostile = tinyText.replace('title: Tiny firewall drill', `title: '${xss}'`);
    const { container } = render(<AuthoringScreen />);
    await pasteText(user, hostile);
    expect(await screen.findByRole('heading', { name: xss })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Authoring: broken files give the CLI positions', () => {
  const positioned = brokenFiles.filter((f) => f !== 'empty.yaml');

  it.each(positioned)('%s', async (name) => {
    const user = userEvent.setup();
    const text = broken(name);
    render(<AuthoringScreen />);
    await pasteText(user, text);
    const expected = loadScenario(text, pastedAs(name)).problems;
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(problemItems()).toHaveLength(expected.length));
    const items = problemItems();
    const lines = text.split('\n');
    expected.forEach((problem, i) => {
      const item = items[i]!;
      expect(problemWhere(item)).toBe(where(problem));
      expect(item).toHaveTextContent(problem.message);
      if (problem.path)
        expect(item.querySelector('.author-problem-path')).toHaveTextContent(problem.path);
      if (problem.line !== undefined) {
        const shown = item.querySelector('.is-target .author-excerpt-line')?.textContent ?? '';
        expect(shown.trimEnd()).toBe(lines[problem.line - 1]!.trimEnd());
        // The caret sits under the reported column, then underlines the rest of the token.
        const caret = item.querySelector('.author-excerpt-caret')?.textContent ?? '';
        const marked = item.querySelector('.author-excerpt mark')?.textContent ?? '';
        expect(caret.indexOf('^')).toBe((problem.col ?? 1) - 1);
        expect(caret.slice(caret.indexOf('^'))).toBe(`^${'~'.repeat(marked.length - 1)}`);
      }
    });
  });

  it('pins the positions of a few well-known problems', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    const cases: [string, string, string][] = [
      ['bad-duration.yaml', 'tiny-firewall.yaml:68:11', 'actions[0].cost'],
      ['unknown-field.yaml', 'tiny-firewall.yaml:78:5', 'actions[1].requries'],
      ['wrong-type.yaml', 'tiny-firewall.yaml:10:19', 'estimatedMinutes'],
      ['unknown-clue.yaml', 'tiny-firewall.yaml:78:25', 'actions[1].requires.clues[0]'],
    ];
    for (const [file, position, field] of cases) {
      await pasteText(user, broken(file));
      await waitFor(() => expect(problemItems().map(problemWhere)).toEqual([position]));
      expect(
        screen.getByText(field, { selector: '.author-problem-path code' }),
      ).toBeInTheDocument();
    }
    await pasteText(user, broken('yaml-syntax.yaml'));
    await waitFor(() => expect(problemItems().map(problemWhere)).toEqual(['pasted.yaml:10:1']));
    expect(problemItems()[0]).toHaveTextContent('YAML: Flow sequence in block collection');
    const target = problemItems()[0]!.querySelector('.is-target .author-excerpt-line');
    expect(target?.textContent).toBe(broken('yaml-syntax.yaml').split('\n')[9]);
  });

  it('highlights the whole offending token, not one character', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    const cases: [string, string, string][] = [
      ['bad-duration.yaml', 'tiny-firewall.yaml:68:11', '2 hours'],
      ['unknown-field.yaml', 'tiny-firewall.yaml:78:5', 'requries'],
      ['wrong-type.yaml', 'tiny-firewall.yaml:10:19', 'ten'],
      ['unknown-clue.yaml', 'tiny-firewall.yaml:78:25', 'db-looks-bussy'],
      ['yaml-syntax.yaml', 'pasted.yaml:10:1', 'estimatedMinutes'],
    ];
    for (const [file, position, token] of cases) {
      await pasteText(user, broken(file));
      await waitFor(() => expect(problemItems().map(problemWhere)).toEqual([position]));
      const item = problemItems()[0]!;
      expect(item.querySelector('.author-excerpt mark')?.textContent).toBe(token);
      // The position text stays the engine's line:col.
      expect(problemWhere(item)).toBe(position);
    }
  });

  it.each([
    ['  title: "a quoted, \\"value\\"" # note', 10, '"a quoted, \\"value\\""'],
    ["  title: 'it''s here' # note", 10, "'it''s here'"],
    ['  title: plain words # comment', 10, 'plain words'],
    ['  list: [one, two words, three]', 15, 'two words'],
    ['  map: { key: value, other: x }', 10, 'key'],
    ['  map: { key: value, other: x }', 15, 'value'],
    ['  url: http://example.com:80/x', 8, 'http://example.com:80/x'],
    ['  - item', 3, '-'],
    ['  count: -5 # negative', 10, '-5'],
    ['  body: |', 9, '|'],
    ['  unclosed: "no end', 13, '"no end'],
  ])('token at %j col %i is %j', (line, col, token) => {
    const excerpt = excerptAt([line], 1, col);
    expect(excerpt?.marked).toBe(token);
    expect(excerpt!.before + excerpt!.marked + excerpt!.after).toBe(line);
  });

  it('clicking a problem moves the editor cursor to it', async () => {
    const user = userEvent.setup();
    const text = broken('unknown-clue.yaml');
    render(<AuthoringScreen />);
    await pasteText(user, text);
    const jump = await screen.findByRole('button', { name: /go to line 78, column 25/ });
    await user.click(jump);
    const area = editor() as HTMLTextAreaElement;
    expect(area).toHaveFocus();
    expect(area.selectionStart).toBe(offsetOf(text, 78, 25));
    expect(text.slice(area.selectionStart).startsWith('db-looks-bussy')).toBe(true);
    expect(screen.getByText(/Line 78, column 25/)).toBeInTheDocument();
  });

  it('an edit is checked again and the problems go away', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, broken('unknown-clue.yaml'));
    await waitFor(() => expect(problemItems()).toHaveLength(1));
    await pasteText(user, tinyText);
    await screen.findByRole('button', { name: 'Play now' });
    expect(problemItems()).toHaveLength(0);
  });
});

describe('Authoring: a pasted file is named after its id', () => {
  const fileName = () => screen.getByLabelText('File name');

  it('names it <id>.yaml, and problems are reported under that name', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, broken('unknown-clue.yaml'));
    expect(fileName()).toHaveValue('tiny-firewall.yaml');
    await waitFor(() =>
      expect(problemItems().map(problemWhere)).toEqual(['tiny-firewall.yaml:78:25']),
    );
  });

  it('keeps pasted.yaml when the text does not parse or has no usable id', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, broken('yaml-syntax.yaml'));
    expect(fileName()).toHaveValue('pasted.yaml');
    await pasteText(user, tinyText.replace('id: tiny-firewall', 'id: 42'));
    expect(fileName()).toHaveValue('pasted.yaml');
    await pasteText(user, tinyText.replace('id: tiny-firewall', "id: '../..'"));
    expect(fileName()).toHaveValue('pasted.yaml');
  });

  it('makes the id a safe file name', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, tinyText.replace('id: tiny-firewall', "id: '../Web outage/<b>'"));
    expect(fileName()).toHaveValue('Web-outage-b.yaml');
    await waitFor(() => expect(problemItems().length).toBeGreaterThan(0));
    expect(problemWhere(problemItems()[0]!)).toMatch(/^Web-outage-b\.yaml:\d+:\d+$/);
  });

  it('never renames a file name the author typed; a blank one is named again', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await user.clear(fileName());
    await user.type(fileName(), 'mine.yaml');
    await pasteText(user, tinyText);
    expect(fileName()).toHaveValue('mine.yaml');
    await user.clear(fileName());
    await pasteText(user, tinyText);
    expect(fileName()).toHaveValue('tiny-firewall.yaml');
  });

  it('typing is not pasting: the name stays until something is pasted', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await user.click(editor());
    await user.type(editor(), 'id: typed-by-hand');
    expect(fileName()).toHaveValue('pasted.yaml');
  });

  it('text dropped from another window is named after its id too', async () => {
    const { container } = render(<AuthoringScreen />);
    const zone = container.querySelector('.author-drop')!;
    const dataTransfer = {
      types: ['text/plain'],
      files: [],
      dropEffect: 'none',
      getData: () => tinyText,
    };
    fireEvent.drop(zone, { dataTransfer });
    expect(fileName()).toHaveValue('tiny-firewall.yaml');
    expect(await screen.findByRole('button', { name: 'Play now' })).toBeEnabled();
    expect(screen.getByText('tiny-firewall.yaml', { selector: 'code' })).toBeInTheDocument();
  });
});

describe('Authoring: opening files', () => {
  const input = () => screen.getByLabelText('Open a file…');

  it('the file picker opens a file under its own name', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    const file = new File([broken('bad-duration.yaml')], 'bad-duration.yaml', {
      type: 'application/yaml',
    });
    await user.upload(input(), file);
    await waitFor(() =>
      expect(problemItems().map(problemWhere)).toEqual(['bad-duration.yaml:68:11']),
    );
    expect(screen.getByLabelText('File name')).toHaveValue('bad-duration.yaml');
    expect(editor()).toHaveValue(broken('bad-duration.yaml'));

    await user.upload(input(), new File([tinyText], 'tiny.yml'));
    expect(await screen.findByRole('heading', { name: 'Tiny firewall drill' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Play now' }));
    expect(useAppStore.getState().scenarioPath).toBe('draft:tiny.yml');
  });

  it('an empty file says so, without a position', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await user.upload(input(), new File([''], 'empty.yaml'));
    await waitFor(() => expect(problemItems().map(problemWhere)).toEqual(['empty.yaml']));
    expect(problemItems()[0]).toHaveTextContent('file is empty: expected a YAML scenario');
  });

  it('dropping a file opens it, with a visible drag-over state', async () => {
    const { container } = render(<AuthoringScreen />);
    const zone = container.querySelector('.author-drop')!;
    const file = new File([tinyText], 'dropped-tiny.yaml');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none', getData: () => '' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone).toHaveClass('is-over');
    expect(screen.getByText('Drop the file to open it')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer });
    expect(zone).not.toHaveClass('is-over');
    expect(await screen.findByRole('heading', { name: 'Tiny firewall drill' })).toBeInTheDocument();
    expect(screen.getByLabelText('File name')).toHaveValue('dropped-tiny.yaml');
  });

  it('hostile input gets a clear message and the screen keeps working', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);

    await user.upload(input(), new File([broken('alias-bomb.yaml')], 'alias-bomb.yaml'));
    await waitFor(() => expect(problemItems().map(problemWhere)).toEqual(['alias-bomb.yaml:1:1']));
    expect(problemItems()[0]).toHaveTextContent(
      /YAML could not be expanded: Excessive alias count/,
    );

    const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    await user.upload(input(), new File([binary], 'logo.yaml'));
    await waitFor(() => expect(problemItems().map(problemWhere)).toEqual(['logo.yaml']));
    expect(problemItems()[0]).toHaveTextContent('file looks binary, not YAML text');

    const huge = new File(['a'.repeat(MAX_SCENARIO_CHARS * 4 + 1)], 'huge.yaml');
    await user.upload(input(), huge);
    expect(await screen.findByText(/huge\.yaml is too large for a scenario/)).toBeInTheDocument();
    // Nothing was opened: the previous file is still there.
    expect(screen.getByLabelText('File name')).toHaveValue('logo.yaml');

    await pasteText(user, `title: ${'x'.repeat(MAX_SCENARIO_CHARS)}`);
    await waitFor(() => expect(problemItems()[0]).toHaveTextContent(/file is too large/));

    await pasteText(user, tinyText);
    expect(await screen.findByRole('button', { name: 'Play now' })).toBeEnabled();
  });
});

describe('Authoring: the local library', () => {
  it('without IndexedDB, saving explains why and Play still works', async () => {
    const user = userEvent.setup();
    render(<AuthoringScreen />);
    await pasteText(user, tinyText);
    await user.click(await screen.findByRole('button', { name: 'Save to library' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/IndexedDB is unavailable/);
    await user.click(screen.getByRole('button', { name: 'Play now' }));
    expect(useAppStore.getState().screen).toBe('briefing');
  });

  it('saves, and asks before replacing a different file with the same id and version', async () => {
    const saved = { ...Dexie.dependencies };
    Dexie.dependencies.indexedDB = new IDBFactory();
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    const db = new FiredrillDatabase('authoring-test');
    Object.assign(Dexie.dependencies, saved);
    try {
      const user = userEvent.setup();
      render(<AuthoringScreen library={{ db }} />);
      await pasteText(user, tinyText);
      await user.click(await screen.findByRole('button', { name: 'Save to library' }));
      expect(await screen.findByText(/Saved to this browser/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save to library' }));
      expect(await screen.findByText(/Already saved/)).toBeInTheDocument();

      await pasteText(user, tinyText.replace('title: Tiny firewall drill', 'title: Tiny, edited'));
      await user.click(await screen.findByRole('button', { name: 'Save to library' }));
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog).toHaveTextContent(/already has Tiny firewall drill version 1\.0\.0/);
      await user.click(within(dialog).getByRole('button', { name: 'Keep the saved copy' }));
      expect((await db.scenarios.get('tiny-firewall@1.0.0'))?.title).toBe('Tiny firewall drill');

      await user.click(screen.getByRole('button', { name: 'Save to library' }));
      await user.click(await screen.findByRole('button', { name: 'Replace the saved copy' }));
      expect(await screen.findByText(/Replaced the saved copy/)).toBeInTheDocument();
      expect((await db.scenarios.get('tiny-firewall@1.0.0'))?.title).toBe('Tiny, edited');
    } finally {
      await db.delete();
    }
  });

  it('saved scenarios show in the lobby with a Local badge and a delete that asks first', async () => {
    const user = userEvent.setup();
    const local = entryFrom(tinyText, 'library:tiny-firewall@1.0.0');
    render(<LobbyScreen entries={[local]} onChoose={() => {}} />);
    const card = screen.getByRole('article', { name: /Tiny firewall drill/ });
    expect(within(card).getByText('Local')).toBeInTheDocument();
    await user.click(
      within(card).getByRole('button', { name: 'Delete saved scenario Tiny firewall drill 1.0.0' }),
    );
    expect(
      within(card).getByRole('group', { name: /Delete Tiny firewall drill/ }),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Keep' }));
    expect(within(card).queryByRole('group')).toBeNull();
  });
});
