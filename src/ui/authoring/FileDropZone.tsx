/** Two ways to open a file: the file picker, or dropping a file on the zone. */
import { useRef, useState, type DragEvent } from 'react';

export interface FileDropZoneProps {
  onFile: (file: File, note?: string) => void;
  /** Text dragged from another window (no file): opened as if pasted. */
  onText: (text: string) => void;
}

const hasPayload = (event: DragEvent) =>
  Array.from(event.dataTransfer.types).some((t) => t === 'Files' || t === 'text/plain');

export function FileDropZone({ onFile, onText }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave also fire for children: count them so the highlight does not flicker.
  const depth = useRef(0);

  const leave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    const [first] = files;
    if (first) {
      onFile(
        first,
        files.length > 1 ? `Only the first of ${files.length} files was opened.` : undefined,
      );
      return;
    }
    const text = event.dataTransfer.getData('text/plain');
    if (text) onText(text);
  };

  return (
    <div
      className={`author-drop${over ? ' is-over' : ''}`}
      data-drag-over={over || undefined}
      onDragEnter={(event) => {
        if (!hasPayload(event)) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!hasPayload(event)) return;
        // Without preventDefault the browser refuses the drop (and may open the file itself).
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={leave}
      onDrop={drop}
    >
      <p className="author-drop-text">
        {over ? 'Drop the file to open it' : 'Drop a scenario file here, or'}
      </p>
      <label className="author-pick">
        <span className="button-like">Open a file…</span>
        <input
          type="file"
          accept=".yaml,.yml"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            // Picking the same file again after editing should reload it.
            event.target.value = '';
          }}
        />
      </label>
      <p className="muted small-text">YAML (.yaml, .yml). Nothing leaves this browser.</p>
    </div>
  );
}
