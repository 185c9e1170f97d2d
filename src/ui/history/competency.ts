/**
 * The competency map of a solo learner: for each failure mode of the fixed vocabulary, how
 * their drills on scenarios of that mode went, and which scenario to play next.
 * Pure: drills and catalogue in, view model out.
 */
import type { StoredDrill } from '../../storage/drillRecord.ts';
import { parRatio, when, type CatalogueScenario } from './trends.ts';

export type Level = 'not-practised' | 'needs-work' | 'developing' | 'strong';

export interface ModeCompetency {
  mode: string;
  drills: number;
  /** Time to resolution over par of the best and the latest drill (null: unresolved or no par). */
  bestRatio: number | null;
  lastRatio: number | null;
  lastGrade: string | null;
  bestGrade: string | null;
  lastPlayedAt: number | null;
  level: Level;
}

export const LEVEL_LABELS: Record<Level, string> = {
  'not-practised': 'Not yet practised',
  'needs-work': 'Needs work',
  developing: 'Developing',
  strong: 'Strong',
};

const GRADES = ['A', 'B', 'C', 'D', 'F'];
const gradeRank = (g: string | null) => (g === null ? GRADES.length : GRADES.indexOf(g));

/** Judged on the latest drill: what the learner can do now, not their best day. */
function levelOf(last: StoredDrill): Level {
  const r = last.result;
  const ratio = parRatio(last);
  if (!r || !r.resolved || gradeRank(r.grade) >= 3) return 'needs-work';
  if (gradeRank(r.grade) <= 1 && ratio !== null && ratio <= 1.5) return 'strong';
  return 'developing';
}

/** A drill's failure modes: as recorded, or the catalogue's when the record has none (old records). */
function modesOf(d: StoredDrill, catalogue: ReadonlyMap<string, CatalogueScenario>) {
  return d.failureModes.length > 0
    ? d.failureModes
    : (catalogue.get(d.scenario.id)?.failureModes ?? []);
}

/**
 * One entry per mode in `vocabulary`, in its order. `drills` are the learner's finished
 * drills (any order); a drill counts towards every failure mode of its scenario.
 */
export function competencyMap(
  drills: readonly StoredDrill[],
  vocabulary: readonly string[],
  catalogue: readonly CatalogueScenario[],
): ModeCompetency[] {
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const sorted = [...drills].sort((a, b) => when(a) - when(b));
  return vocabulary.map((mode) => {
    const mine = sorted.filter((d) => modesOf(d, byId).includes(mode));
    const last = mine.at(-1);
    if (!last)
      return {
        mode,
        drills: 0,
        bestRatio: null,
        lastRatio: null,
        lastGrade: null,
        bestGrade: null,
        lastPlayedAt: null,
        level: 'not-practised',
      };
    const ratios = mine.map(parRatio).filter((r): r is number => r !== null);
    const grades = mine.map((d) => d.result?.grade ?? null).filter((g): g is string => g !== null);
    return {
      mode,
      drills: mine.length,
      bestRatio: ratios.length > 0 ? Math.min(...ratios) : null,
      lastRatio: parRatio(last),
      lastGrade: last.result?.grade ?? null,
      bestGrade: grades.sort((a, b) => gradeRank(a) - gradeRank(b))[0] ?? null,
      lastPlayedAt: when(last),
      level: levelOf(last),
    };
  });
}

export const DIFFICULTIES = ['intro', 'intermediate', 'advanced', 'expert'];

export interface Recommendation {
  scenario: CatalogueScenario;
  mode: string;
  reason: string;
}

const LEVEL_PRIORITY: Record<Level, number> = {
  'not-practised': 0,
  'needs-work': 1,
  developing: 2,
  strong: 3,
};

/**
 * The next scenario to play: for the weakest failure mode (unpractised first, then needs
 * work, then developing, worst latest ratio first) that some catalogue scenario drills, the
 * scenario not played within `recentDays` whose difficulty best fits: the easiest for a mode
 * that is new or going badly, one step above the hardest scenario already done well otherwise.
 */
export function recommendNext(
  map: readonly ModeCompetency[],
  catalogue: readonly CatalogueScenario[],
  drills: readonly StoredDrill[],
  now: number,
  recentDays = 14,
): Recommendation | null {
  const lastPlayed = new Map<string, number>();
  for (const d of drills)
    lastPlayed.set(d.scenario.id, Math.max(lastPlayed.get(d.scenario.id) ?? 0, when(d)));
  const cutoff = now - recentDays * 86_400_000;
  const fresh = catalogue.filter((c) => (lastPlayed.get(c.id) ?? -Infinity) < cutoff);
  const pool = fresh.length > 0 ? fresh : catalogue;

  const mastered = drills.filter((d) => d.result?.resolved && gradeRank(d.result.grade) <= 1);
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const hardestMastered = Math.max(
    -1,
    ...mastered.map((d) => DIFFICULTIES.indexOf(byId.get(d.scenario.id)?.difficulty ?? '')),
  );

  const ranked = [...map].sort(
    (a, b) =>
      LEVEL_PRIORITY[a.level] - LEVEL_PRIORITY[b.level] ||
      (b.lastRatio ?? Infinity) - (a.lastRatio ?? Infinity) ||
      map.indexOf(a) - map.indexOf(b),
  );
  for (const entry of ranked) {
    const candidates = pool.filter((c) => c.failureModes.includes(entry.mode));
    if (candidates.length === 0) continue;
    const easy = entry.level === 'not-practised' || entry.level === 'needs-work';
    const target = easy ? 0 : Math.min(DIFFICULTIES.length - 1, hardestMastered + 1);
    const fit = (c: CatalogueScenario) => Math.abs(DIFFICULTIES.indexOf(c.difficulty) - target);
    const best = [...candidates].sort(
      (a, b) =>
        fit(a) - fit(b) ||
        Number(b.failureModes[0] === entry.mode) - Number(a.failureModes[0] === entry.mode) ||
        (lastPlayed.get(a.id) ?? 0) - (lastPlayed.get(b.id) ?? 0) ||
        a.id.localeCompare(b.id),
    )[0]!;
    const reason =
      entry.level === 'not-practised'
        ? `You have not practised ${entry.mode} failures yet.`
        : entry.level === 'strong'
          ? `Keep your ${entry.mode} skills sharp.`
          : `${entry.mode} is your weakest area (${LEVEL_LABELS[entry.level].toLowerCase()}).`;
    return { scenario: best, mode: entry.mode, reason };
  }
  return null;
}
