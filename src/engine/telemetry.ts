/**
 * Telemetry as a pure function of the drill: metric values and log lines at any game
 * time, derived from the phase history, metric overrides and the seed. Charts sample these.
 */
import { toArray } from './chain.ts';
import type { DrillContext } from './context.ts';
import type { ScenarioModel } from './model.ts';
import { hashString, uniform } from './prng.ts';
import { parseDuration } from './schema.ts';

/** Phase the incident was in at game time `t`. */
export function phaseAt(ctx: DrillContext, t: number): { phase: string; since: number } {
  let current = { phase: ctx.phase, since: 0 };
  for (const change of toArray(ctx.phaseHistory)) {
    if (change.t > t) break;
    current = { phase: change.phase, since: change.t };
  }
  return current;
}

/** Value of a metric at game time `t` (with seeded per-minute jitter). */
export function metricValue(
  model: ScenarioModel,
  ctx: DrillContext,
  metricId: string,
  t: number,
): number {
  const metric = model.metrics.get(metricId);
  if (!metric) return Number.NaN;
  let value = metric.baseline;
  if (t >= 0) {
    const { phase, since } = phaseAt(ctx, t);
    value = metric.byPhase?.[phase] ?? metric.baseline;
    for (const o of toArray(ctx.metricOverrides)) {
      if (o.t > t) break;
      if (o.metric === metricId && o.t >= since && (o.until === null || t < o.until))
        value = o.value;
    }
  }
  const u = uniform(ctx.seed, hashString(metricId), Math.floor(t / 60_000));
  return value * (1 + metric.noise * (2 * u - 1));
}

export interface SeriesPoint {
  t: number;
  value: number;
}

/** `points` evenly spaced samples of a metric over [from, to]. */
export function metricSeries(
  model: ScenarioModel,
  ctx: DrillContext,
  metricId: string,
  from: number,
  to: number,
  points = 120,
): SeriesPoint[] {
  const count = Math.max(2, points);
  const step = Math.max(1, (to - from) / (count - 1));
  const series: SeriesPoint[] = [];
  for (let i = 0; i < count; i++) {
    const t = Math.round(from + i * step);
    series.push({ t, value: metricValue(model, ctx, metricId, t) });
  }
  return series;
}

export interface LogView {
  t: number;
  service: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string;
}

export interface LogFilter {
  query?: string;
  level?: LogView['level'];
  service?: string;
  /** Most lines returned (newest kept). */
  limit?: number;
}

/** Log lines emitted up to game time `now`, oldest first, filtered. */
export function visibleLogs(
  model: ScenarioModel,
  ctx: DrillContext,
  now: number,
  filter: LogFilter = {},
): LogView[] {
  const limit = filter.limit ?? 400;
  const query = filter.query?.trim().toLowerCase();
  const changes = toArray(ctx.phaseHistory);
  const lines: LogView[] = [];
  model.file.world.logs.forEach((def, index) => {
    if (filter.level && def.level !== filter.level) return;
    if (filter.service && def.service !== filter.service) return;
    if (query && !def.text.toLowerCase().includes(query) && !def.service.includes(query)) return;
    const emit = (t: number) =>
      lines.push({ t, service: def.service, level: def.level, text: def.text });
    if (def.at !== undefined) {
      const t = parseDuration(def.at);
      if (t <= now) emit(t);
      return;
    }
    const every = def.every ? Math.max(10_000, parseDuration(def.every)) : 0;
    changes.forEach((change, i) => {
      if (change.phase !== def.inPhase || change.t > now) return;
      const end = Math.min(changes[i + 1]?.t ?? now, now);
      if (!every) return emit(change.t);
      // Only the newest `limit` repetitions can be shown: skip older ones arithmetically.
      const total = Math.floor((end - change.t) / every);
      for (let k = Math.max(0, total - limit); k <= total; k++) {
        const jitter = Math.floor(
          uniform(ctx.seed, hashString(def.text) ^ index, k) * Math.min(every / 2, 30_000),
        );
        const t = change.t + k * every + jitter;
        if (t <= end) emit(t);
      }
    });
  });
  lines.sort((a, b) => a.t - b.t);
  return lines.length > limit ? lines.slice(lines.length - limit) : lines;
}

/** Share of users affected at `t`, and the incident's cost from T+0 to `t`. */
export function impactAt(
  model: ScenarioModel,
  ctx: DrillContext,
  t: number,
): { usersAffected: number; cost: number } {
  const changes = toArray(ctx.phaseHistory);
  const perMinute = model.file.incident.costPerMinute;
  let cost = 0;
  let users = 0;
  changes.forEach((change, i) => {
    if (change.t > t) return;
    const end = Math.min(changes[i + 1]?.t ?? t, t);
    users = model.phases.get(change.phase)?.usersAffected ?? 0;
    cost += (users * perMinute * Math.max(0, end - change.t)) / 60_000;
  });
  return { usersAffected: users, cost: Math.round(cost) };
}
