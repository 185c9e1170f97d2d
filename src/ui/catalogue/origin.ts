/**
 * Where a catalogue entry comes from, read from its path:
 * `/scenarios/x.yaml` (shipped with the app), `library:<id>@<version>` (saved in this
 * browser), `draft:<file name>` (open in the authoring screen, kept in memory only).
 */
export type EntryOrigin = 'shipped' | 'library' | 'draft';

const LIBRARY = 'library:';
const DRAFT = 'draft:';

export const libraryPath = (key: string) => `${LIBRARY}${key}`;
export const draftPath = (fileName: string) => `${DRAFT}${fileName}`;

export function entryOrigin(path: string): EntryOrigin {
  if (path.startsWith(LIBRARY)) return 'library';
  if (path.startsWith(DRAFT)) return 'draft';
  return 'shipped';
}

/** The library key (`id@version`) of a `library:` path, or null for other origins. */
export function libraryKeyOf(path: string): string | null {
  return path.startsWith(LIBRARY) ? path.slice(LIBRARY.length) : null;
}

/** A short name for cards and messages: the file name, or `id@version` for saved files. */
export function entryLabel(path: string): string {
  if (path.startsWith(LIBRARY)) return path.slice(LIBRARY.length);
  if (path.startsWith(DRAFT)) return path.slice(DRAFT.length);
  return path.replace(/^\/?scenarios\//, '').replace(/^\//, '');
}
