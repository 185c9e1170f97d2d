/**
 * The lobby's card for the next scheduled drill, with "Start now". Loaded lazily by the lobby
 * (it brings zod, Dexie and the schedule code); shows nothing when there is no schedule or
 * no browser database.
 */
import { useEffect, useState } from 'react';
import { describeSchedule } from '../../schedule/schedule.ts';
import { listDrills } from '../../storage/drills.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { useAppStore } from '../store.ts';
import { formatWhen } from './when.ts';
import { occurrenceSeed, resolveScheduled, upcoming } from './startScheduled.ts';
import { useSchedules } from './useSchedules.ts';
import './schedule.css';

export interface NextDrillCardProps {
  entries: readonly CatalogueEntry[];
  /** Injected in tests. */
  now?: () => number;
}

export function NextDrillCard({ entries, now = Date.now }: NextDrillCardProps) {
  const saved = useSchedules();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Re-render each minute so "in 5 min" and "under way" stay true while the lobby is open.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);

  if (saved.status !== 'ready' || saved.schedules.length === 0) return null;
  const current = now();
  const next = upcoming(saved.schedules, current);
  if (!next) return null;
  const { schedule } = next;
  // The drill runs with this seed whatever the lobby's Seed field says: with the schedule's own
  // surprise pick, it makes the drill the same for everyone who starts this occurrence.
  const seed = occurrenceSeed(schedule, next.at);
  const loading = entries.length === 0 || entries.some((e) => e.status === 'loading');

  const start = async () => {
    setBusy(true);
    try {
      const drills = await listDrills().catch(() => []);
      const resolved = resolveScheduled(schedule, next.at, entries, drills);
      if (resolved.ok) useAppStore.getState().chooseScheduled(resolved.choice);
      else setProblem(resolved.reason);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel next-drill" aria-labelledby="next-drill-heading">
      <p className="eyebrow">Next scheduled drill</p>
      <h2 id="next-drill-heading">{schedule.title}</h2>
      <p>
        <strong>{schedule.team}</strong> · {formatWhen(next.at, current)}
      </p>
      <p className="muted small-text">
        {describeSchedule(schedule)} ·{' '}
        {schedule.scenario.kind === 'fixed'
          ? schedule.scenario.title || schedule.scenario.scenarioId
          : 'Surprise scenario'}
      </p>
      <p className="muted small-text" data-testid="next-drill-seed">
        Runs with the schedule&apos;s seed <strong>{seed}</strong>, the same for everyone who starts
        it; the lobby&apos;s Seed field is not used.
      </p>
      {problem && <p role="alert">{problem}</p>}
      <button
        type="button"
        className="primary"
        onClick={() => void start()}
        disabled={busy || loading}
      >
        Start now
      </button>
    </section>
  );
}
