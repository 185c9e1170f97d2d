/**
 * Lines, columns and offsets in scenario text, counted the way the engine reports them
 * (`yaml`'s LineCounter: 1-based lines split at `\n`, 1-based columns in UTF-16 units).
 */

/** The text's lines, without their line breaks (a `\r` before `\n` is dropped too). */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Offset of 1-based `line`/`col` in `text`, clamped to the text and to the line's end. */
export function offsetOf(text: string, line: number, col: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(start + Math.max(col - 1, 0), lineEnd);
}

/** 1-based line and column of an offset (for the editor's cursor read-out). */
export function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

export interface ExcerptRow {
  number: number;
  text: string;
  /** The problem's line: the column is marked on it. */
  target: boolean;
}

export interface Excerpt {
  rows: ExcerptRow[];
  /** On the target row (after clipping): text before the column, the marked character, the rest. */
  before: string;
  marked: string;
  after: string;
}

/** Lines longer than this are clipped around the column (minified or binary input). */
const MAX_SHOWN = 160;

function clip(text: string, from: number): string {
  const head = from > 0 ? '…' : '';
  const tail = from + MAX_SHOWN < text.length ? '…' : '';
  return head + text.slice(from, from + MAX_SHOWN) + tail;
}

/**
 * A few lines around a problem, with the problem's column split out for marking.
 * Returns null when the line is outside the text (the text changed since the check).
 */
export function excerptAt(
  lines: readonly string[],
  line: number,
  col: number,
  context = { before: 2, after: 2 },
): Excerpt | null {
  const target = lines[line - 1];
  if (target === undefined) return null;
  const index = Math.min(Math.max(col - 1, 0), target.length);
  // Keep the column in view on very long lines; other rows are clipped at their start.
  const from = target.length > MAX_SHOWN ? Math.max(0, index - MAX_SHOWN / 2) : 0;
  const rows: ExcerptRow[] = [];
  const first = Math.max(1, line - context.before);
  const last = Math.min(lines.length, line + context.after);
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    rows.push({
      number: n,
      text: n === line ? clip(text, from) : clip(text, 0),
      target: n === line,
    });
  }
  const head = from > 0 ? '…' : '';
  const shown = target.slice(from, from + MAX_SHOWN);
  const at = index - from;
  return {
    rows,
    before: head + shown.slice(0, at),
    marked: shown.slice(at, at + 1),
    after: shown.slice(at + 1) + (from + MAX_SHOWN < target.length ? '…' : ''),
  };
}

/** Spaces up to the column, keeping tabs so a caret lines up under the marked character. */
export function caretPad(before: string): string {
  return before.replace(/[^\t]/g, ' ');
}
