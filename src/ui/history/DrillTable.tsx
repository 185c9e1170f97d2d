/** Every finished drill, newest first, with its result and the ways to look at it again. */
import { formatDuration, formatGameTime } from '../../engine/index.ts';
import { formatRatio, longDate } from './format.ts';
import type { HistoryRow } from './trends.ts';

const MODE_LABELS = { solo: 'Solo', team: 'Team', facilitated: 'Facilitated' } as const;

function Version({ row }: { row: HistoryRow }) {
  if (row.changed === 'same') return <span className="muted">v{row.version}</span>;
  const note =
    row.changed === 'missing'
      ? 'this scenario is no longer in the catalogue'
      : `the catalogue now has ${row.currentVersion === row.version ? 'different content for' : `v${row.currentVersion}, not`} v${row.version}`;
  return (
    <span className="muted">
      v{row.version}{' '}
      <span className="badge warn" title={note}>
        {row.changed === 'missing' ? 'removed' : 'changed since'}
      </span>
      <span className="visually-hidden">: {note}</span>
    </span>
  );
}

export interface DrillTableProps {
  rows: HistoryRow[];
  onOpen: (id: string, view: 'debrief' | 'replay') => void;
}

export function DrillTable({ rows, onOpen }: DrillTableProps) {
  if (rows.length === 0)
    return <p className="muted">No finished drill matches. Play one from the Drills page.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Finished drills table">
      <table className="history-table drills-table">
        <thead>
          <tr>
            <th scope="col">Finished</th>
            <th scope="col">Scenario</th>
            <th scope="col">Mode</th>
            <th scope="col">Team or player</th>
            <th scope="col">Time to resolution</th>
            <th scope="col">Phase splits</th>
            <th scope="col">Grade</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.id}>
              <td data-label="Finished">{longDate(row.finishedAt)}</td>
              <th scope="row">
                {row.title} <Version row={row} />
                {row.scheduled && <span className="badge">scheduled</span>}
              </th>
              <td data-label="Mode">{MODE_LABELS[row.mode]}</td>
              <td data-label="Team or player">{row.team}</td>
              <td data-label="Time to resolution">
                {row.ttrMs === null ? 'not resolved' : formatDuration(row.ttrMs)}
                {row.parMs !== null && (
                  <span className="muted small-text">
                    {' '}
                    (par {formatDuration(row.parMs)}
                    {row.ratio !== null && `, ${formatRatio(row.ratio)}`})
                  </span>
                )}
              </td>
              <td data-label="Phase splits">
                {/* When each phase was reached, as on the score screen, and how long it took. */}
                <ol className="splits">
                  {row.phases.map((p) => (
                    <li key={p.id}>
                      {p.label} {formatGameTime(p.start + p.ms)}{' '}
                      <span className="muted">(+{formatDuration(p.ms)})</span>
                    </li>
                  ))}
                </ol>
              </td>
              <td className="grade" data-label="Grade">
                {row.grade ?? '—'}
              </td>
              <td data-label="Review">
                <div className="row-actions">
                  <button
                    type="button"
                    onClick={() => onOpen(row.id, 'debrief')}
                    aria-label={`Debrief of ${row.title}, ${longDate(row.finishedAt)}`}
                  >
                    Debrief
                  </button>
                  <button
                    type="button"
                    onClick={() => onOpen(row.id, 'replay')}
                    aria-label={`Replay ${row.title}, ${longDate(row.finishedAt)}, step by step`}
                  >
                    Replay
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
