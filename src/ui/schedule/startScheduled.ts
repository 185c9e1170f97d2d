/**
 * What "Start now" on a scheduled drill starts: the occurrence under way (started less than
 * its duration ago) or else the next one, and its scenario: the fixed one, or the surprise
 * pick among catalogue scenarios the team has not played recently.
 */
import { occurrencesFrom } from '../../schedule/recurrence.ts';
import type { Schedule } from '../../schedule/schedule.ts';
import { pickSurprise } from '../../schedule/surprise.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import { entryOrigin } from '../catalogue/origin.ts';
import type { ScheduledChoice } from '../store.ts';

/** The occurrence "Start now" refers to, ms since epoch. */
export function currentOrNext(schedule: Schedule, now: number): number {
  return occurrencesFrom(schedule, now - schedule.durationMinutes * 60_000, 1)[0]!.at;
}

/** The soonest occurrence over all schedules (under way ones first), or null. */
export function upcoming(schedules: readonly Schedule[], now: number) {
  let best: { schedule: Schedule; at: number } | null = null;
  for (const schedule of schedules) {
    const at = currentOrNext(schedule, now);
    if (!best || at < best.at) best = { schedule, at };
  }
  return best;
}

/** Playable scenarios a schedule can pick: shipped and saved files, never drafts. */
const candidates = (entries: readonly CatalogueEntry[]) =>
  entries.flatMap((e) =>
    e.status === 'ok' && entryOrigin(e.path) !== 'draft'
      ? [{ id: e.model.ref.id, path: e.path, title: e.model.file.title }]
      : [],
  );

/** A drill's seed for one occurrence: the schedule's seed moved on by the occurrence minute. */
export const occurrenceSeed = (schedule: Schedule, at: number) =>
  (schedule.seed + Math.floor(at / 60_000)) % 2 ** 31;

export type Resolved =
  { ok: true; choice: ScheduledChoice; title: string } | { ok: false; reason: string };

export function resolveScheduled(
  schedule: Schedule,
  at: number,
  entries: readonly CatalogueEntry[],
  drills: readonly StoredDrill[],
): Resolved {
  const pool = candidates(entries);
  const base = { team: schedule.team, scheduleId: schedule.id, seed: occurrenceSeed(schedule, at) };
  if (schedule.scenario.kind === 'fixed') {
    const { scenarioId, title } = schedule.scenario;
    const found = pool.find((c) => c.id === scenarioId);
    if (!found)
      return {
        ok: false,
        reason: `The scenario "${title || scenarioId}" is not in the catalogue.`,
      };
    return { ok: true, title: found.title, choice: { ...base, path: found.path, mystery: false } };
  }
  const played = drills
    .filter((d) => !d.playtest && d.status !== 'abandoned')
    .map((d) => ({ scenarioId: d.scenario.id, team: d.team, at: d.startedAt }));
  const pick = pickSurprise({
    candidates: pool,
    played,
    team: schedule.team,
    occurrence: at,
    recentDays: schedule.scenario.recentDays,
    seed: schedule.seed,
  });
  if (!pick) return { ok: false, reason: 'No playable scenario in the catalogue to pick from.' };
  return { ok: true, title: pick.title, choice: { ...base, path: pick.path, mystery: true } };
}
