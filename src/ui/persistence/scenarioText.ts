/**
 * The full text of the scenario a drill runs on, looked up by catalogue path and checked
 * against the drill's content hash: the draft open in the authoring screen, a library file,
 * or a shipped file. Stored with drills of non-shipped scenarios, and put in exported files.
 */
import { contentHash, type ScenarioRef } from '../../engine/index.ts';
import { database } from '../../storage/db.ts';
import { useDraftStore } from '../catalogue/draft.ts';
import { entryOrigin, libraryKeyOf } from '../catalogue/origin.ts';
import { loadScenarioTexts } from '../catalogue/source.ts';

const matching = (text: string | null | undefined, ref: ScenarioRef) =>
  text != null && contentHash(text) === ref.hash ? text : null;

async function libraryText(key: string): Promise<string | null> {
  try {
    return (await database().scenarios.get(key))?.text ?? null;
  } catch {
    return null;
  }
}

/** Text of the scenario at `path` if it still is exactly the one `ref` names, else null. */
export async function scenarioTextAt(path: string, ref: ScenarioRef): Promise<string | null> {
  const origin = entryOrigin(path);
  if (origin === 'draft') return matching(useDraftStore.getState().checked?.text, ref);
  if (origin === 'library') {
    const key = libraryKeyOf(path);
    return key ? matching(await libraryText(key), ref) : null;
  }
  const texts = await loadScenarioTexts();
  const exact = texts.find((t) => t.path === path);
  return (
    matching(exact?.text, ref) ?? texts.map((t) => matching(t.text, ref)).find(Boolean) ?? null
  );
}

/** Text to keep with a new drill: only for scenarios that are not shipped with the app. */
export async function textToStore(path: string, ref: ScenarioRef): Promise<string | null> {
  return entryOrigin(path) === 'shipped' ? null : scenarioTextAt(path, ref);
}
