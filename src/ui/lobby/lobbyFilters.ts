/**
 * The lobby's scenario filters, pure. The failure-mode filter uses the engine's closed
 * vocabulary (the History page's competency map groups by it, so "dns: not yet practised"
 * can be followed by "show me DNS drills"); free-form tags are found by the text search.
 */
import { FAILURE_MODES } from '../../engine/index.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';

/** The failure modes the lobby offers (the engine's closed list, zod-free). */
export const LOBBY_FAILURE_MODES = FAILURE_MODES;

export type OkEntry = Extract<CatalogueEntry, { status: 'ok' }>;

export interface LobbyFilters {
  mode: string;
  difficulty: string;
  search: string;
}

/** Lower-cased words of the query; a scenario matches when every word is in its text. */
const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

function searchableText(entry: OkEntry): string {
  const { title, summary, tags, id } = entry.model.file;
  return [title, summary, id, ...tags].join('\n').toLowerCase();
}

export function matchesFilters(entry: OkEntry, { mode, difficulty, search }: LobbyFilters) {
  const file = entry.model.file;
  if (mode && !(file.failureModes as readonly string[]).includes(mode)) return false;
  if (difficulty && file.difficulty !== difficulty) return false;
  const wanted = words(search);
  if (wanted.length === 0) return true;
  const text = searchableText(entry);
  return wanted.every((w) => text.includes(w));
}

/** How many playable scenarios drill each failure mode, in the vocabulary's order. */
export function modeCounts(
  vocabulary: readonly string[],
  playable: readonly OkEntry[],
): { mode: string; count: number }[] {
  return vocabulary.map((mode) => ({
    mode,
    count: playable.filter((e) => (e.model.file.failureModes as readonly string[]).includes(mode))
      .length,
  }));
}

/** The count line under the filters: never "0 of 0" while the catalogue is still loading. */
export function countLine(total: number, loading: number, playable: number, shown: number) {
  if (total === 0) return 'Looking for scenarios…';
  if (loading > 0 && playable === 0) return `Loading ${total} scenarios…`;
  if (loading > 0) return `${shown} of ${playable} playable so far, loading ${loading} more…`;
  return `${shown} of ${playable} playable`;
}
