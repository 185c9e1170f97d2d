/** Log search over what the services have written so far. */
import { useMemo } from 'react';
import { formatGameTime, visibleLogs, type LogView } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';
import { useAppStore, type LogFilterState } from '../store.ts';

const LEVELS: LogFilterState['level'][] = ['error', 'warn', 'info', 'debug'];

export function LogsPanel() {
  const { model, ctx, now } = useDrillView();
  const filter = useAppStore((s) => s.logFilter);
  const setLogFilter = useAppStore((s) => s.setLogFilter);
  const second = Math.floor(now / 1000) * 1000;
  const lines = useMemo(
    () =>
      withStableKeys(
        visibleLogs(model, ctx, second, {
          query: filter.query,
          level: filter.level || undefined,
          service: filter.service || undefined,
          limit: 200,
        }).reverse(),
      ),
    [model, ctx, second, filter],
  );
  return (
    <section className="panel logs" aria-labelledby="logs-heading">
      <h2 id="logs-heading">Logs</h2>
      <div className="row filters">
        <label>
          Search logs
          <input
            type="search"
            value={filter.query}
            onChange={(e) => setLogFilter({ query: e.target.value })}
          />
        </label>
        <label>
          Level
          <select
            value={filter.level}
            onChange={(e) => setLogFilter({ level: e.target.value as LogFilterState['level'] })}
          >
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Service
          <select
            value={filter.service}
            onChange={(e) => setLogFilter({ service: e.target.value })}
          >
            <option value="">All services</option>
            {model.file.world.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{lines.length} lines, newest first</p>
      <ol className="log-lines" tabIndex={0} aria-label="Log lines">
        {lines.map((line) => (
          <li key={line.key} className={`log-${line.level}`}>
            <time>{formatGameTime(line.t)}</time>{' '}
            <span className="log-level">{line.level.toUpperCase()}</span>{' '}
            <span className="log-service">{line.service}</span> <span>{line.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Keys from the line itself, not its position: a new line at the top must not re-key (and
 * remount) every line below it, which at top speed happened on every frame.
 */
function withStableKeys(lines: LogView[]): (LogView & { key: string })[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = `${line.t}|${line.service}|${line.text}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...line, key: n > 1 ? `${base}|${n}` : base };
  });
}
