/** Every problem the engine found, each with its place in the file and the lines around it. */
import { useMemo } from 'react';
import type { Problem } from '../../engine/index.ts';
import { caretPad, excerptAt, splitLines } from './textPosition.ts';

export interface ProblemListProps {
  problems: readonly Problem[];
  /** The exact text that was checked: excerpts come from it, not from later edits. */
  text: string;
  onJump: (line: number, col: number) => void;
  /** Heading text: "Problems" for an invalid file, "Warnings" for a valid one. */
  title: string;
}

export function ProblemList({ problems, text, onJump, title }: ProblemListProps) {
  const lines = useMemo(() => splitLines(text), [text]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts = [
    errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="panel author-problems" aria-labelledby="author-problems-heading">
      <h3 id="author-problems-heading">
        {title} <span className="muted">({counts})</span>
      </h3>
      <ol className="author-problem-list">
        {problems.map((problem, i) => (
          <ProblemItem key={i} index={i} problem={problem} lines={lines} onJump={onJump} />
        ))}
      </ol>
    </section>
  );
}

function ProblemItem({
  problem,
  lines,
  onJump,
  index,
}: {
  problem: Problem;
  lines: readonly string[];
  onJump: (line: number, col: number) => void;
  index: number;
}) {
  const { line } = problem;
  const col = problem.col ?? 1;
  const excerpt = line === undefined ? null : excerptAt(lines, line, col);
  const where = line === undefined ? problem.file : `${problem.file}:${line}:${col}`;
  const severityClass = problem.severity === 'error' ? 'danger' : 'warn';
  return (
    <li className={`author-problem severity-${problem.severity}`} data-testid="problem">
      <div className="author-problem-head">
        <span className={`badge ${severityClass}`}>{problem.severity}</span>
        {line === undefined ? (
          <code className="author-problem-where">{where}</code>
        ) : (
          <button
            type="button"
            className="author-problem-where link-like"
            onClick={() => onJump(line, col)}
            title={`Go to line ${line}, column ${col}`}
          >
            <code>{where}</code>
            <span className="visually-hidden">
              {' '}
              (go to line {line}, column {col})
            </span>
          </button>
        )}
      </div>
      <p className="author-problem-message">{problem.message}</p>
      {problem.path && (
        <p className="author-problem-path small-text">
          Field <code>{problem.path}</code>
        </p>
      )}
      {line === undefined && !problem.path && (
        <p className="muted small-text">This problem concerns the whole file.</p>
      )}
      {excerpt && line !== undefined && (
        // Scrollable sideways on narrow screens, so it must be reachable by keyboard too.
        <pre
          className="author-excerpt"
          tabIndex={0}
          aria-label={`Lines ${excerpt.rows[0]!.number} to ${excerpt.rows.at(-1)!.number} around problem ${index + 1}`}
          onClick={() => onJump(line, col)}
        >
          {excerpt.rows.map((row) =>
            row.target ? (
              <span key={row.number} className="author-excerpt-target">
                <span className="author-excerpt-row is-target">
                  <span className="author-excerpt-num">{row.number}</span>
                  <span className="author-excerpt-line">
                    {excerpt.before}
                    <mark>{excerpt.marked || ' '}</mark>
                    {excerpt.after}
                  </span>
                </span>
                <span className="author-excerpt-row is-caret" aria-hidden="true">
                  <span className="author-excerpt-num" />
                  <span className="author-excerpt-caret">
                    {caretPad(excerpt.before)}^{'~'.repeat(Math.max(0, excerpt.marked.length - 1))}
                  </span>
                </span>
              </span>
            ) : (
              <span key={row.number} className="author-excerpt-row">
                <span className="author-excerpt-num">{row.number}</span>
                <span className="author-excerpt-line">{row.text}</span>
              </span>
            ),
          )}
        </pre>
      )}
    </li>
  );
}
