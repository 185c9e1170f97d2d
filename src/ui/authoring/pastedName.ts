/**
 * A name for pasted text: `<id>.yaml` when the text is YAML with a top-level `id`, so problems
 * read `web-outage.yaml:12:3` rather than `pasted.yaml:12:3`. The text is untrusted: it is
 * only parsed (never evaluated), aliases are not expanded, and only a string `id` is used.
 */
import { isMap, parseDocument } from 'yaml';
import { MAX_SCENARIO_CHARS } from '../../engine/index.ts';

/** Longest id kept in a name (the schema's own limit for ids). */
const MAX_ID_CHARS = 80;

/**
 * The id made safe as a file name: characters other than letters, digits, `.`, `_` and `-`
 * become `-`, runs of them collapse, and no leading dot (hidden file) or dash is left.
 * Null when nothing usable remains.
 */
export function safeFileStem(id: string): string | null {
  const stem = id
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_ID_CHARS)
    .replace(/^[.-]+|[.-]+$/g, '');
  return stem === '' ? null : stem;
}

/** `<id>.yaml` for YAML text that parses without errors and has a string `id`, else null. */
export function fileNameFromId(text: string): string | null {
  // Too large to be a scenario: the check says so; parsing it here would only stall the paste.
  if (text.length > MAX_SCENARIO_CHARS) return null;
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: true });
  } catch {
    return null;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const id: unknown = doc.contents.get('id');
  if (typeof id !== 'string') return null;
  const stem = safeFileStem(id);
  return stem === null ? null : `${stem}.yaml`;
}
