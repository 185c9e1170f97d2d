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
  /** On the target row (after clipping): text before the column, the marked token, the rest. */
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

/** Open `[`/`{` before `index` on this line, outside quotes: inside, `,` `]` `}` end a scalar. */
function inFlow(line: string, index: number): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < index; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth > 0;
}

/** End (exclusive) of a quoted scalar opening at `index`, or the line's end when unclosed. */
function quotedEnd(line: string, index: number): number {
  const quote = line[index]!;
  for (let i = index + 1; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      // '' inside single quotes is an escaped quote, not the end.
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return line.length;
}

/**
 * How many characters the YAML scalar starting at `index` spans on its line, so the whole
 * offending token (an unknown id, a bad value, a misspelt key) is marked, not one character.
 * Plain scalars end at `: `, ` #`, the line's end, and in flow collections at `,` `]` `}`.
 * Anything else (an indicator such as `-` or `|`, a space) is one character.
 */
export function tokenLength(line: string, index: number): number {
  const first = line[index];
  if (first === undefined) return 0;
  if (first === '"' || first === "'") return quotedEnd(line, index) - index;
  // `-5` or `?x` are plain scalars; `- ` and `? ` are indicators.
  const plainStart = /[-?:]/.test(first) && /\S/.test(line[index + 1] ?? ' ');
  if (!plainStart && /[\s\-?:,[\]{}#&*!|>%@`]/.test(first)) return 1;
  const flow = inFlow(line, index);
  let end = index + 1;
  for (; end < line.length; end++) {
    const c = line[end]!;
    const next = line[end + 1];
    if (c === ':' && (next === undefined || /\s/.test(next) || (flow && /[,\]}]/.test(next))))
      break;
    if (c === '#' && /\s/.test(line[end - 1]!)) break;
    if (flow && /[,\]}]/.test(c)) break;
  }
  return line.slice(index, end).trimEnd().length;
}

/**
 * A few lines around a problem, with the problem's token split out for marking.
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
  const length = Math.max(1, tokenLength(shown, at));
  return {
    rows,
    before: head + shown.slice(0, at),
    marked: shown.slice(at, at + length),
    after: shown.slice(at + length) + (from + MAX_SHOWN < target.length ? '…' : ''),
  };
}

/** Spaces up to the column, keeping tabs so a caret lines up under the marked token. */
export function caretPad(before: string): string {
  return before.replace(/[^\t]/g, ' ');
}
