import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import path from 'node:path';
import { loadScenario, type ScenarioModel } from '../../src/engine/index.ts';
import { FiredrillDatabase } from '../../src/storage/db.ts';
import {
  deleteSavedScenario,
  getSavedScenario,
  LibraryUnavailableError,
  libraryKey,
  listSavedScenarios,
  onLibraryChange,
  saveScenario,
} from '../../src/storage/scenarioLibrary.ts';

const tinyText = readFileSync(path.resolve('test/fixtures/tiny.yaml'), 'utf8');

function model(text: string): ScenarioModel {
  const result = loadScenario(text, 'tiny.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.model;
}

const tiny = model(tinyText);
const retitled = tinyText.replace(
  'title: Tiny firewall drill',
  'title: Tiny firewall drill, take 2',
);
const tinyV2Text = retitled.replace('version: 1.0.0', 'version: 2.0.0');

const toSave = (text: string, fileName = 'tiny.yaml') => {
  const m = model(text);
  return { text, fileName, title: m.file.title, ref: m.ref };
};

let db: FiredrillDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new FiredrillDatabase(`test-library-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

describe('scenario library', () => {
  it('saves a scenario under id@version and lists it', async () => {
    const outcome = await saveScenario(toSave(tinyText), { db, now: 1000 });
    expect(outcome.status).toBe('saved');
    const list = await listSavedScenarios({ db });
    expect(list).toEqual([
      {
        key: 'tiny-firewall@1.0.0',
        id: 'tiny-firewall',
        version: '1.0.0',
        hash: tiny.ref.hash,
        title: 'Tiny firewall drill',
        fileName: 'tiny.yaml',
        text: tinyText,
        savedAt: 1000,
      },
    ]);
    expect(libraryKey('tiny-firewall', '1.0.0')).toBe('tiny-firewall@1.0.0');
  });

  it('lists the most recently saved first, one entry per version', async () => {
    await saveScenario(toSave(tinyText), { db, now: 1000 });
    await saveScenario(toSave(tinyV2Text), { db, now: 2000 });
    const list = await listSavedScenarios({ db });
    expect(list.map((s) => s.key)).toEqual(['tiny-firewall@2.0.0', 'tiny-firewall@1.0.0']);
  });

  it('saving the exact same file again writes nothing', async () => {
    await saveScenario(toSave(tinyText), { db, now: 1000 });
    const again = await saveScenario(toSave(tinyText, 'renamed.yaml'), { db, now: 5000 });
    expect(again.status).toBe('unchanged');
    const stored = await getSavedScenario('tiny-firewall@1.0.0', { db });
    expect(stored?.savedAt).toBe(1000);
    expect(stored?.fileName).toBe('tiny.yaml');
  });

  it('asks before overwriting the same id and version with other content', async () => {
    await saveScenario(toSave(tinyText), { db, now: 1000 });
    const conflict = await saveScenario(toSave(retitled, 'take2.yaml'), { db, now: 2000 });
    expect(conflict.status).toBe('conflict');
    if (conflict.status !== 'conflict') return;
    expect(conflict.existing.title).toBe('Tiny firewall drill');
    // Nothing changed until the user says so.
    expect((await getSavedScenario('tiny-firewall@1.0.0', { db }))?.text).toBe(tinyText);

    const replaced = await saveScenario(toSave(retitled, 'take2.yaml'), {
      db,
      now: 3000,
      overwrite: true,
    });
    expect(replaced.status).toBe('saved');
    if (replaced.status === 'saved') expect(replaced.replaced?.title).toBe('Tiny firewall drill');
    const stored = await getSavedScenario('tiny-firewall@1.0.0', { db });
    expect(stored).toMatchObject({
      title: 'Tiny firewall drill, take 2',
      fileName: 'take2.yaml',
      text: retitled,
      savedAt: 3000,
    });
    expect(await listSavedScenarios({ db })).toHaveLength(1);
  });

  it('refuses a model that does not belong to the text', async () => {
    await expect(saveScenario({ ...toSave(tinyText), text: retitled }, { db })).rejects.toThrow(
      /changed after it was checked/,
    );
    expect(await listSavedScenarios({ db })).toEqual([]);
  });

  it('deletes by key and says whether anything was there', async () => {
    await saveScenario(toSave(tinyText), { db });
    await saveScenario(toSave(tinyV2Text), { db });
    expect(await deleteSavedScenario('tiny-firewall@1.0.0', { db })).toBe(true);
    expect(await deleteSavedScenario('tiny-firewall@1.0.0', { db })).toBe(false);
    expect((await listSavedScenarios({ db })).map((s) => s.key)).toEqual(['tiny-firewall@2.0.0']);
  });

  it('tells listeners about saves and deletes, not about no-ops', async () => {
    const calls: string[] = [];
    const off = onLibraryChange(() => calls.push('change'));
    await saveScenario(toSave(tinyText), { db });
    await saveScenario(toSave(tinyText), { db });
    await saveScenario(toSave(retitled), { db });
    await deleteSavedScenario('tiny-firewall@1.0.0', { db });
    await deleteSavedScenario('nothing@0', { db });
    off();
    await saveScenario(toSave(tinyV2Text), { db });
    expect(calls).toEqual(['change', 'change']);
  });

  it('without IndexedDB every call fails with one clear error', async () => {
    const deps = { ...Dexie.dependencies };
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    const noIdb = new FiredrillDatabase('test-library-none');
    Object.assign(Dexie.dependencies, deps);
    // The first call fails to open; later ones meet Dexie's "database closed" error instead.
    for (let i = 0; i < 2; i++) {
      await expect(saveScenario(toSave(tinyText), { db: noIdb })).rejects.toThrow(
        LibraryUnavailableError,
      );
      await expect(listSavedScenarios({ db: noIdb })).rejects.toThrow(/IndexedDB is unavailable/);
    }
  });
});
