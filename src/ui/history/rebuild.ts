/**
 * Rebuilding a saved drill from its journal: find the exact scenario it was played on (the
 * catalogue's when the content hash matches, else the text saved with the record), then
 * engine `replay`. Also the journal prefixes the step-by-step viewer walks through.
 */
import {
  replay,
  type AnalysisResult,
  type DrillRecord,
  type DrillSession,
  type JournalEvent,
  type ScenarioModel,
} from '../../engine/index.ts';
import type { StoredDrill } from '../../storage/drillRecord.ts';
import type { CatalogueEntry } from '../catalogue/analyze.ts';
import type { Analyzer } from '../catalogue/useCatalogue.ts';

export type Rebuilt =
  | { ok: true; model: ScenarioModel; analysis: AnalysisResult | null; session: DrillSession }
  | { ok: false; reason: string };

export const recordOf = (d: StoredDrill): DrillRecord => ({
  scenario: d.scenario,
  seed: d.seed,
  journal: d.journal,
  clockAt: d.clockAt,
});

/** The scenario model the drill was played on, or why it cannot be found. */
export async function findScenario(
  drill: StoredDrill,
  entries: readonly CatalogueEntry[],
  analyze: Analyzer,
): Promise<
  | { ok: true; model: ScenarioModel; analysis: AnalysisResult | null }
  | { ok: false; reason: string }
> {
  const { id, version, hash } = drill.scenario;
  for (const e of entries)
    if (e.status === 'ok' && e.model.ref.id === id && e.model.ref.hash === hash)
      return { ok: true, model: e.model, analysis: e.analysis };
  if (drill.scenarioText !== null) {
    // Analysed off the main thread like the catalogue: big files take seconds.
    const entry = await analyze(`history:${drill.id}`, drill.scenarioText);
    if (entry.status === 'ok' && entry.model.ref.hash === hash)
      return { ok: true, model: entry.model, analysis: entry.analysis };
    return { ok: false, reason: `The scenario text saved with this drill no longer loads.` };
  }
  return {
    ok: false,
    reason: `This drill was played on ${id} v${version}. That exact file is no longer in the catalogue and its text was not saved with the drill, so it cannot be replayed. Its stored result is still in the table.`,
  };
}

/** The finished drill, rebuilt event by event. */
export async function rebuildDrill(
  drill: StoredDrill,
  entries: readonly CatalogueEntry[],
  analyze: Analyzer,
): Promise<Rebuilt> {
  const found = await findScenario(drill, entries, analyze);
  if (!found.ok) return found;
  try {
    return { ...found, session: replay(found.model, recordOf(drill)) };
  } catch (error) {
    return { ok: false, reason: `The journal does not replay: ${String(error)}` };
  }
}

/**
 * The drill as it stood right after its first `step` journal events: the clock at the last of
 * them (the moment of that decision); the last step shows the drill's end.
 */
export function sessionAtStep(
  model: ScenarioModel,
  drill: StoredDrill,
  step: number,
): DrillSession {
  const journal = drill.journal.slice(0, step);
  const clockAt = step >= drill.journal.length ? drill.clockAt : (journal.at(-1)?.t ?? 0);
  return replay(model, { ...recordOf(drill), journal, clockAt });
}

/** One line for a journal event, with the scenario's labels. */
export function describeEvent(model: ScenarioModel, event: JournalEvent): string {
  switch (event.type) {
    case 'player.acknowledge':
      return `${event.participant} acknowledged the alert`;
    case 'player.start':
      return `${event.participant} started: ${model.actions.get(event.action)?.label ?? event.action}`;
    case 'player.cancel':
      return `${event.participant} cancelled their action`;
    case 'player.declare':
      return `${event.participant} declared: ${model.hypotheses.get(event.hypothesis)?.label ?? event.hypothesis}`;
    case 'player.page':
      return `${event.participant} paged ${model.escalation.get(event.level)?.name ?? event.level}`;
    case 'player.status':
      return `${event.participant} posted a status update`;
    case 'player.note':
      return `${event.participant} noted: ${event.text}`;
    case 'player.hint':
      return `${event.participant} asked for a hint`;
    case 'facilitator.inject':
      return `Facilitator sent an inject`;
    case 'facilitator.hint':
      return 'Facilitator gave a hint';
    case 'facilitator.pause':
      return 'Facilitator paused';
    case 'facilitator.resume':
      return 'Facilitator resumed';
    case 'facilitator.skip':
      return 'Facilitator skipped time ahead';
    case 'facilitator.end':
      return 'Facilitator ended the drill';
  }
}
