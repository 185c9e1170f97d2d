/**
 * View models for the history page: which drills count, their rows in the table, and the
 * series the trend charts draw. Pure functions of stored drills and the catalogue.
 */
import type { StoredDrill } from '../../storage/drillRecord.ts';

/** What the history needs to know about a catalogue scenario. */
export interface CatalogueScenario {
  id: string;
  path: string;
  title: string;
  version: string;
  hash: string;
  difficulty: string;
  failureModes: readonly string[];
}

/** Finished, non-playtest drills, oldest first (the order the charts read). */
export function finishedDrills(drills: readonly StoredDrill[]): StoredDrill[] {
  return drills
    .filter((d) => d.status === 'finished' && !d.playtest)
    .sort((a, b) => when(a) - when(b) || (a.id < b.id ? -1 : 1));
}

/** Wall-clock time a drill finished (or was last touched when that is missing). */
export const when = (d: StoredDrill): number => d.finishedAt ?? d.updatedAt;

export interface HistoryFilter {
  /** Team or solo player name; empty = everyone. */
  team: string;
  /** Scenario id; empty = every scenario. */
  scenarioId: string;
}

export const applyFilter = (drills: readonly StoredDrill[], f: HistoryFilter): StoredDrill[] =>
  drills.filter(
    (d) => (!f.team || d.team === f.team) && (!f.scenarioId || d.scenario.id === f.scenarioId),
  );

/** Filter choices: teams/players and scenarios that appear in the drills, sorted. */
export function filterOptions(drills: readonly StoredDrill[]) {
  const teams = [...new Set(drills.map((d) => d.team))].sort((a, b) => a.localeCompare(b));
  const scenarios = new Map<string, string>();
  for (const d of drills) scenarios.set(d.scenario.id, d.scenarioTitle || d.scenario.id);
  return {
    teams,
    scenarios: [...scenarios]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/** Time to resolution over par, when both are known. */
export function parRatio(d: StoredDrill): number | null {
  const r = d.result;
  if (!r || r.ttrMs === null || r.parMs === null || r.parMs <= 0) return null;
  return r.ttrMs / r.parMs;
}

export interface PhaseSegment {
  id: string;
  label: string;
  /** Where the segment starts and its length, game ms from T+0. */
  start: number;
  ms: number;
}

/**
 * Milestones (acknowledge, hypothesis, escalate, mitigate, resolve: each a game time from T+0)
 * as consecutive segments: the time spent reaching each one after the previous one.
 */
export function phaseSegments(phases: readonly { id: string; label: string; ms: number }[]) {
  const sorted = [...phases].sort((a, b) => a.ms - b.ms);
  let previous = 0;
  return sorted.map((p): PhaseSegment => {
    const segment = { id: p.id, label: p.label, start: previous, ms: p.ms - previous };
    previous = p.ms;
    return segment;
  });
}

export interface HistoryRow {
  id: string;
  finishedAt: number;
  scenarioId: string;
  title: string;
  version: string;
  /** The catalogue now holds a different version or content of this scenario (or none). */
  changed: 'same' | 'changed' | 'missing';
  currentVersion: string | null;
  mode: StoredDrill['mode'];
  team: string;
  ttrMs: number | null;
  parMs: number | null;
  ratio: number | null;
  phases: PhaseSegment[];
  grade: string | null;
  scheduled: boolean;
}

export function historyRows(
  drills: readonly StoredDrill[],
  catalogue: readonly CatalogueScenario[],
): HistoryRow[] {
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  return drills.map((d) => {
    const current = byId.get(d.scenario.id);
    return {
      id: d.id,
      finishedAt: when(d),
      scenarioId: d.scenario.id,
      title: d.scenarioTitle || d.scenario.id,
      version: d.scenario.version,
      changed: !current ? 'missing' : current.hash === d.scenario.hash ? 'same' : 'changed',
      currentVersion: current?.version ?? null,
      mode: d.mode,
      team: d.team,
      ttrMs: d.result?.ttrMs ?? null,
      parMs: d.result?.parMs ?? null,
      ratio: parRatio(d),
      phases: phaseSegments(d.result?.phases ?? []),
      grade: d.result?.grade ?? null,
      scheduled: d.scheduleId !== null,
    };
  });
}

export interface TrendPoint {
  id: string;
  at: number;
  title: string;
  ratio: number | null;
  phases: PhaseSegment[];
  /** Total of the phase segments (= the last milestone reached). */
  totalMs: number;
  redHerringMin: number;
  resolved: boolean;
}

/** One point per drill, oldest first, for the trend charts. */
export function trendPoints(drills: readonly StoredDrill[]): TrendPoint[] {
  return drills.map((d) => {
    const phases = phaseSegments(d.result?.phases ?? []);
    return {
      id: d.id,
      at: when(d),
      title: d.scenarioTitle || d.scenario.id,
      ratio: parRatio(d),
      phases,
      totalMs: phases.reduce((sum, p) => sum + p.ms, 0),
      redHerringMin: Math.round((d.result?.redHerringMs ?? 0) / 60_000),
      resolved: d.result?.resolved ?? false,
    };
  });
}

/** A round upper bound for an axis: 1, 2, 2.5, 5 × 10^n at or above `max`. */
export function niceCeil(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Evenly spaced ticks from 0 to a `niceCeil` maximum, on round steps: 5 steps for 1, 2.5 and
 * 5 × 10^n (10 → 0, 2, 4 …), 4 steps for 2 × 10^n (2 → 0, 0.5, 1 …).
 */
export function ticks(max: number): number[] {
  const mantissa = max / 10 ** Math.floor(Math.log10(max));
  const count = Math.abs(mantissa - 2) < 1e-9 ? 4 : 5;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(((max * i) / count) * 1e6) / 1e6);
}

/** The phase ids in the order the legend lists them (the order milestones usually come in). */
export const PHASE_ORDER = ['acknowledge', 'hypothesis', 'escalate', 'mitigate', 'resolve'];
