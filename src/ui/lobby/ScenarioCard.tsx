import { formatDuration, formatProblem } from '../../engine/index.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { entryLabel, entryOrigin } from '../catalogue/origin.ts';
import { DeleteSavedButton, OriginBadge } from '../catalogue/OriginControls.tsx';
import { useAppStore } from '../store.ts';

type OkEntry = Extract<CatalogueEntry, { status: 'ok' }>;

export function ScenarioCard({ entry, onChoose }: { entry: OkEntry; onChoose: () => void }) {
  const { file } = entry.model;
  const par = entry.analysis?.par;
  // A saved or draft copy may share the shipped file's id: keep heading ids unique.
  const origin = entryOrigin(entry.path);
  const headingId = `scenario-${origin === 'shipped' ? '' : `${origin}-`}${file.id}`;
  const copy = origin === 'library' ? ' (local copy)' : origin === 'draft' ? ' (draft)' : '';
  return (
    <article className="card scenario-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {file.title} <OriginBadge path={entry.path} />
      </h3>
      <p className="summary">{file.summary}</p>
      <dl className="facts">
        <div>
          <dt>Difficulty</dt>
          <dd className={`badge difficulty-${file.difficulty}`}>{file.difficulty}</dd>
        </div>
        <div>
          <dt>Estimated</dt>
          <dd>{file.estimatedMinutes} min</dd>
        </div>
        <div>
          <dt>Par time</dt>
          {/* Playable before its analysis is done: the par time fills in when it is. */}
          <dd aria-busy={entry.analysing ? true : undefined}>
            {entry.analysing ? 'Analysing…' : par ? formatDuration(par.time) : 'n/a'}
          </dd>
        </div>
      </dl>
      <ul className="tags" aria-label="Failure modes">
        {file.tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
          </li>
        ))}
      </ul>
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          onClick={onChoose}
          aria-label={`Brief me: ${file.title}${copy}`}
        >
          Brief me
        </button>
        <button
          type="button"
          onClick={() => useAppStore.getState().explore(entry.path)}
          aria-label={`Explore: ${file.title}${copy}`}
        >
          Explore
        </button>
        <DeleteSavedButton path={entry.path} name={`${file.title} ${file.version}`} />
      </div>
    </article>
  );
}

export function ErrorCard({ entry }: { entry: Extract<CatalogueEntry, { status: 'error' }> }) {
  return (
    <article className="card error-card" aria-label={`Invalid scenario ${entry.path}`}>
      <h3>
        <span className="badge danger">Invalid</span> {entry.path.replace(/^\//, '')}{' '}
        <OriginBadge path={entry.path} />
      </h3>
      <p>This file cannot be played until these problems are fixed:</p>
      <ul className="problems">
        {entry.problems.map((problem, i) => (
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      <DeleteSavedButton path={entry.path} name={entryLabel(entry.path)} />
    </article>
  );
}

export function LoadingCard({ path }: { path: string }) {
  return (
    <article className="card loading-card" aria-busy="true">
      <h3>{path.replace(/^\/scenarios\//, '')}</h3>
      <p>Loading scenario…</p>
    </article>
  );
}
