/** Log search over what the services have written so far. */
import { memo, useCallback, useMemo, useState } from 'react';
import { formatGameTime, visibleLogs, type LogView } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillTime, useSession, type DrillView } from '../session/useDrill.ts';
import { useAppStore, type LogFilterState } from '../store.ts';

const LEVELS: LogFilterState['level'][] = ['error', 'warn', 'info', 'debug'];
/**
 * Lines rendered at first, and per "show older" click. The box shows about fifteen; rendering
 * every line up to the cap made the console's DOM (and heap) grow with game time for hours.
 */
export const LOG_PAGE = 50;
const MAX_LINES = 200;

export const LogsPanel = memo(function LogsPanel() {
  const model = useSession().scenario;
  const filter = useAppStore((s) => s.logFilter);
  const setLogFilter = useAppStore((s) => s.setLogFilter);
  const [limit, setLimit] = useState(LOG_PAGE);
  // Runs on each clock tick, but the panel re-renders only when a line appears or goes.
  const lines = useDrillTime(
    useCallback(
      ({ model: m, ctx, now }: DrillView) =>
        visibleLogs(m, ctx, Math.floor(now / 1000) * 1000, {
          query: filter.query,
          level: filter.level || undefined,
          service: filter.service || undefined,
          limit,
        }),
      [filter, limit],
    ),
    viewEqual,
  );
  const newestFirst = useMemo(() => withStableKeys([...lines].reverse()), [lines]);
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
      <p className="muted">
        {newestFirst.length === limit
          ? `Showing the ${limit} newest lines, newest first`
          : `${newestFirst.length} lines, newest first`}
      </p>
      <ol className="log-lines" tabIndex={0} aria-label="Log lines">
        {newestFirst.map(({ key, t, level, service, text }) => (
          <LogLine key={key} t={t} level={level} service={service} text={text} />
        ))}
      </ol>
      {newestFirst.length === limit && limit < MAX_LINES && (
        <button
          type="button"
          className="small show-older"
          onClick={() => setLimit(limit + LOG_PAGE)}
        >
          Show older lines
        </button>
      )}
    </section>
  );
});

/** A new line at the top renders alone; the lines below keep their render. */
const LogLine = memo(function LogLine({ t, level, service, text }: LogView) {
  return (
    <li className={`log-${level}`}>
      <time>{formatGameTime(t)}</time> <span className="log-level">{level.toUpperCase()}</span>{' '}
      <span className="log-service">{service}</span> <span>{text}</span>
    </li>
  );
});

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
