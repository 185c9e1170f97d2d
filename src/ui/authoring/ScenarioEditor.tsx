/** The YAML text area: monospace, line numbers beside it, the cursor's line and column below. */
import { useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { offsetOf, positionAt } from './textPosition.ts';

export interface EditorHandle {
  /** Put the cursor at a 1-based line and column, scroll it into view and focus the editor. */
  goTo: (line: number, col: number) => void;
}

export interface ScenarioEditorProps {
  text: string;
  onChange: (text: string) => void;
  /** Called instead of `onChange` when the change is a paste or a text drop into the editor. */
  onPaste?: (text: string) => void;
  ref?: Ref<EditorHandle>;
}

/** Fallback when the computed line height is `normal` (the CSS sets a fixed one). */
const LINE_HEIGHT_PX = 20;

/** `InputEvent.inputType`s of text that arrives whole from elsewhere rather than typed. */
const PASTED_INPUT = new Set(['insertFromPaste', 'insertFromDrop']);

export function ScenarioEditor({ text, onChange, onPaste = onChange, ref }: ScenarioEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const [cursor, setCursor] = useState({ line: 1, col: 1 });
  const lineCount = useMemo(() => {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    return count;
  }, [text]);
  const numbers = useMemo(
    () => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'),
    [lineCount],
  );

  const readCursor = () => {
    const el = area.current;
    if (el) setCursor(positionAt(el.value, el.selectionStart));
  };
  const syncScroll = () => {
    if (area.current && gutter.current) gutter.current.scrollTop = area.current.scrollTop;
  };

  useImperativeHandle(ref, () => ({
    goTo(line, col) {
      const el = area.current;
      if (!el) return;
      // The textarea's value has `\n` line breaks whatever the file had: count on it.
      const offset = offsetOf(el.value, line, col);
      el.focus();
      el.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || LINE_HEIGHT_PX;
      el.scrollTop = Math.max(0, (line - 1) * lineHeight - el.clientHeight / 3);
      syncScroll();
      readCursor();
    },
  }));

  return (
    <div className="author-editor">
      <div className="author-editor-frame">
        <pre className="author-gutter" ref={gutter} aria-hidden="true">
          {numbers}
        </pre>
        <textarea
          ref={area}
          id="author-text"
          className="author-text"
          value={text}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby="author-cursor"
          placeholder="Paste or type a scenario in YAML (schemaVersion, id, title, …)"
          onChange={(event) => {
            const { inputType } = event.nativeEvent as Partial<InputEvent>;
            (PASTED_INPUT.has(inputType ?? '') ? onPaste : onChange)(event.target.value);
            readCursor();
          }}
          onSelect={readCursor}
          onScroll={syncScroll}
        />
      </div>
      <p id="author-cursor" className="author-cursor muted">
        Line {cursor.line}, column {cursor.col} · {lineCount.toLocaleString('en')}{' '}
        {lineCount === 1 ? 'line' : 'lines'}
      </p>
    </div>
  );
}
