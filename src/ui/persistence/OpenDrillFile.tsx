/**
 * "Your drills" when this browser keeps nothing (private browsing, site storage off): an
 * exported drill file, or one drill of a backup, can still be opened in memory to look at its
 * score, debrief and replay. Nothing is written; the drill is gone when the tab closes.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { parseImport } from '../../storage/transfer.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { defaultAnalyzer } from '../catalogue/useCatalogue.ts';
import { describeDrill, titleOf } from './drillLabels.ts';
import { resumeFromCatalogue, resumeFromText, type ResumedDrill } from './resume.ts';

export interface OpenDrillFileProps {
  entries: readonly CatalogueEntry[];
  /** The catalogue is still loading: a drill's scenario may not be there yet. */
  loading: boolean;
  onOpen: (resumed: ResumedDrill) => void;
}

interface Backup {
  fileName: string;
  drills: StoredDrill[];
}

export function OpenDrillFile({ entries, loading, onOpen }: OpenDrillFileProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [backup, setBackup] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** On the installed scenario when it is the same file, else on the text the export carries. */
  const open = async (drill: StoredDrill) => {
    setError(null);
    let outcome = resumeFromCatalogue(drill, entries);
    if (!outcome.ok && outcome.canUseSavedText) {
      setBusy(true);
      outcome = await resumeFromText(drill, defaultAnalyzer);
      setBusy(false);
    }
    if (outcome.ok) onOpen(outcome.resumed);
    else setError(outcome.reason);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setBackup(null);
    const parsed = parseImport(await file.text());
    if (!parsed.ok) setError(`Could not open ${file.name}: ${parsed.reason}.`);
    else if (parsed.kind === 'drill' && parsed.drills[0]) await open(parsed.drills[0]);
    else {
      const drills = parsed.drills.filter((d) => !d.playtest);
      if (drills.length === 0) setError(`${file.name} holds no drill to open.`);
      else
        setBackup({
          fileName: file.name,
          drills: drills.sort((a, b) => b.startedAt - a.startedAt),
        });
    }
  };

  return (
    <section className="panel your-drills" aria-labelledby="your-drills-heading">
      <h2 id="your-drills-heading">Your drills</h2>
      <p className="muted">
        This browser is not keeping drills (private browsing, or site storage turned off). You can
        still open an exported drill file to see its score, debrief and replay: it opens here only,
        and won&apos;t be kept.
      </p>
      <div className="row">
        <button type="button" disabled={loading || busy} onClick={() => fileInput.current?.click()}>
          Open a drill file…
        </button>
        <input
          ref={fileInput}
          hidden
          aria-label="Drill file to open"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
        {loading && <span className="muted small-text">Loading scenarios…</span>}
        {busy && (
          <span className="muted small-text" role="status">
            Loading the drill&apos;s scenario…
          </span>
        )}
      </div>
      {error && (
        <p className="transfer-error" role="alert">
          {error}
        </p>
      )}
      {backup && (
        <ul
          className="plain-list drill-list open-file-list"
          aria-label={`Drills in ${backup.fileName}`}
        >
          {backup.drills.map((d) => (
            <li key={d.id}>
              <div>
                <strong>{titleOf(d)}</strong>
                <br />
                <span className="muted small-text">{describeDrill(d)}</span>
              </div>
              <button
                type="button"
                disabled={busy}
                onClick={() => void open(d)}
                aria-label={`Open ${titleOf(d)}, ${describeDrill(d)}`}
              >
                Open
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
