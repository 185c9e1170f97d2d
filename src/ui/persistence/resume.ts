/**
 * Rebuild a saved drill as a live session: find its exact scenario (same content hash) in
 * the catalogue, or load the scenario text saved with it, then replay the journal.
 */
import {
  formatGameTime,
  replay,
  type AnalysisResult,
  type DrillSession,
  type ScenarioModel,
} from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import type { CatalogueEntry, LoadedEntry } from '../catalogue/analyze.ts';

export interface ResumedDrill {
  drill: StoredDrill;
  session: DrillSession;
  analysis: AnalysisResult | null;
}

export type ResumeOutcome =
  | { ok: true; resumed: ResumedDrill }
  | {
      ok: false;
      reason: string;
      /** The drill carries its own scenario text: `resumeFromText` can replay it. */
      canUseSavedText: boolean;
    };

type OkEntry = Extract<CatalogueEntry, { status: 'ok' }>;

/** The catalogue entry a drill was played on: its path first, else any entry with the same hash. */
export function findScenario(drill: StoredDrill, entries: readonly CatalogueEntry[]) {
  const ok = entries.filter((e): e is OkEntry => e.status === 'ok');
  const same = (e: OkEntry) =>
    e.model.ref.id === drill.scenario.id && e.model.ref.hash === drill.scenario.hash;
  return ok.find((e) => e.path === drill.scenarioPath && same(e)) ?? ok.find(same) ?? null;
}

function replayOn(
  drill: StoredDrill,
  model: ScenarioModel,
  analysis: AnalysisResult | null,
): ResumeOutcome {
  try {
    const session = replay(model, drill);
    return { ok: true, resumed: { drill, session, analysis } };
  } catch (error) {
    return {
      ok: false,
      reason: `The saved drill could not be replayed: ${(error as Error).message}.`,
      canUseSavedText: false,
    };
  }
}

/** Why the catalogue cannot replay this drill, in words for the player. */
function mismatchReason(drill: StoredDrill, entries: readonly CatalogueEntry[]): string {
  const { id, version } = drill.scenario;
  const current = entries.find((e): e is OkEntry => e.status === 'ok' && e.model.ref.id === id)
    ?.model.ref;
  const played = `"${drill.scenarioTitle}" ${version}`;
  if (!current) return `The scenario ${played} is not installed here.`;
  return current.version === version
    ? `The scenario ${played} has changed since this drill was played (its content is different), so replaying it would not give the same drill.`
    : `This drill was played on ${played}; the installed file is version ${current.version}, so replaying it would not give the same drill.`;
}

/** Resume on the catalogue's copy of the scenario, or explain why not. */
export function resumeFromCatalogue(
  drill: StoredDrill,
  entries: readonly CatalogueEntry[],
): ResumeOutcome {
  const entry = findScenario(drill, entries);
  if (entry) return replayOn(drill, entry.model, entry.analysis);
  const canUseSavedText = drill.scenarioText !== null;
  const reason = mismatchReason(drill, entries);
  return {
    ok: false,
    canUseSavedText,
    reason: canUseSavedText
      ? `${reason} It can be replayed with the copy of the scenario saved with it.`
      : `${reason} No copy of the scenario was saved with it.`,
  };
}

/** Resume on the scenario text saved with the drill (loaded and analysed like a catalogue file). */
export async function resumeFromText(
  drill: StoredDrill,
  analyze: (path: string, text: string) => Promise<LoadedEntry>,
): Promise<ResumeOutcome> {
  if (drill.scenarioText === null)
    return { ok: false, reason: 'No copy of the scenario was saved.', canUseSavedText: false };
  const entry = await analyze(`saved:${drill.id}`, drill.scenarioText);
  if (entry.status !== 'ok')
    return {
      ok: false,
      reason: `The saved scenario does not load: ${entry.problems[0]?.message ?? 'unknown problem'}.`,
      canUseSavedText: false,
    };
  if (entry.model.ref.hash !== drill.scenario.hash)
    return {
      ok: false,
      reason: 'The saved scenario is not the one the drill was played on.',
      canUseSavedText: false,
    };
  return replayOn(drill, entry.model, entry.analysis);
}

/** "Resume Web Stack Outage at T+1h02m" (the title stays hidden for mystery drills). */
export function resumeLabel(drill: StoredDrill): string {
  const title = drill.mystery ? 'your mystery drill' : drill.scenarioTitle;
  return `Resume ${title} at ${formatGameTime(drill.clockAt)}`;
}
