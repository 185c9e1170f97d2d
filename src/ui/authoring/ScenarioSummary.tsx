/** A valid file: what it is, what the analysis says, and what to do with it. */
import { formatDuration, type AnalysisResult, type ScenarioModel } from '../../engine/index.ts';
import type { LibraryOptions } from '../../storage/scenarioLibrary.ts';
import { useLibrarySave, type SaveState } from './useLibrarySave.ts';

export interface ScenarioSummaryProps {
  model: ScenarioModel;
  analysis: AnalysisResult | null;
  text: string;
  fileName: string;
  /** The text changed since this check: acting now would use an outdated file. */
  stale: boolean;
  onPlay: () => void;
  onExplore: () => void;
  library?: LibraryOptions;
}

/** Enough of the hash to tell versions apart at a glance. */
const SHORT_HASH = 8;

export function ScenarioSummary(props: ScenarioSummaryProps) {
  const { model, analysis, text, fileName, stale, onPlay, onExplore } = props;
  const { file } = model;
  const saving = useLibrarySave({ text, fileName, model }, props.library);
  const par = analysis?.par ?? null;
  const redHerrings = file.clues.filter((c) => c.redHerring).length;
  const facts: [string, string][] = [
    ['Id', file.id],
    ['Version', file.version],
    ['Content hash', model.ref.hash.slice(0, SHORT_HASH)],
    ['Par time', par ? formatDuration(par.time) : 'not found'],
    ['Par path', par ? `${par.path.length} ${par.path.length === 1 ? 'step' : 'steps'}` : '—'],
    ['Actions', String(file.actions.length)],
    ['Clues', String(file.clues.length)],
    ['Red herrings', String(redHerrings)],
  ];
  return (
    <section className="panel author-summary" aria-labelledby="author-summary-heading">
      <p className="author-file-tag small-text">
        <span className="badge ok">Valid</span> <code>{fileName}</code>
      </p>
      <h3 id="author-summary-heading">{file.title}</h3>
      <p className="summary">{file.summary}</p>
      <dl className="facts author-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {label === 'Content hash' ? <code title={model.ref.hash}>{value}</code> : value}
            </dd>
          </div>
        ))}
      </dl>
      {par && par.path.length > 0 && (
        <p className="small-text muted author-par-path">
          Along par: <code>{par.path.join(' → ')}</code>
        </p>
      )}
      <div className="row author-actions">
        <button type="button" className="primary" onClick={onPlay} disabled={stale}>
          Play now
        </button>
        <button
          type="button"
          onClick={() => saving.save()}
          disabled={stale || saving.state.kind === 'saving' || saving.state.kind === 'conflict'}
        >
          Save to library
        </button>
        <button type="button" onClick={onExplore} disabled={stale}>
          Explore
        </button>
      </div>
      <SaveMessage
        state={saving.state}
        onOverwrite={() => saving.save(true)}
        onCancel={saving.cancel}
      />
    </section>
  );
}

function SaveMessage({
  state,
  onOverwrite,
  onCancel,
}: {
  state: SaveState;
  onOverwrite: () => void;
  onCancel: () => void;
}) {
  if (state.kind === 'conflict') {
    const { existing } = state;
    return (
      <div className="author-confirm" role="alertdialog" aria-labelledby="author-confirm-text">
        <p id="author-confirm-text">
          The library already has <strong>{existing.title}</strong> version{' '}
          <code>{existing.version}</code> with different content (hash{' '}
          <code>{existing.hash.slice(0, SHORT_HASH)}</code>, from {existing.fileName}, saved{' '}
          {new Date(existing.savedAt).toLocaleString('en-GB')}). Replace it with this file? Raising
          the version keeps both.
        </p>
        <div className="row">
          <button type="button" className="danger" onClick={onOverwrite}>
            Replace the saved copy
          </button>
          <button type="button" onClick={onCancel}>
            Keep the saved copy
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === 'failed')
    return (
      <p className="author-save-status is-error" role="alert">
        {state.message}
      </p>
    );
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `${state.replaced ? 'Replaced the saved copy.' : 'Saved to this browser.'} It is listed under Drills with a Local badge.`
        : state.kind === 'unchanged'
          ? 'Already saved: the library has this exact file.'
          : '';
  return (
    <p className="author-save-status" role="status">
      {text}
    </p>
  );
}
