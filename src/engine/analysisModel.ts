/**
 * The abstraction the analysis explores: one responder, the moves they can choose at a
 * given moment, "wait for the next scheduled thing", and a bounded state key.
 *
 * The key keeps only facts some guard can read (phase, flags, clues and actions named in
 * conditions, escalations, effectful injects, the work in progress), never time or logs,
 * so the number of states is bounded by the scenario, not by the length of a run.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { GameClock } from './clock.ts';
import type { DrillEvent } from './context.ts';
import type { DrillMachine } from './machine.ts';
import { canPageLevel, canStartAction } from './machineGuards.ts';
import type { Condition, ScenarioModel } from './model.ts';
import { parseDuration } from './schema.ts';

export type AnalysisSnapshot = SnapshotFrom<DrillMachine>;

/** The participant name the analysis plays as. */
export const ANALYST = 'par';

/** What guards can observe, computed once per scenario. */
export interface Relevance {
  clues: string[];
  actions: string[];
  hypotheses: string[];
  injects: string[];
}

export function relevance(model: ScenarioModel): Relevance {
  const clues = new Set<string>();
  const actions = new Set<string>();
  const hypotheses = new Set<string>();
  const visit = (c: Condition | undefined) => {
    c?.clues?.forEach((id) => clues.add(id));
    c?.anyClues?.forEach((id) => clues.add(id));
    c?.actions?.forEach((id) => actions.add(id));
    if (c?.hypothesis) hypotheses.add(c.hypothesis);
  };
  const f = model.file;
  f.actions.forEach((a) => visit(a.requires));
  f.escalation.forEach((e) => visit(e.requires));
  f.injects.forEach((i) => visit(i.when));
  const injects = f.injects
    .filter((i) => i.effects && Object.keys(i.effects).length > 0)
    .map((i) => i.id);
  return {
    clues: [...clues].sort(),
    actions: [...actions].sort(),
    hypotheses: [...hypotheses].sort(),
    injects,
  };
}

/** Bounded state key: only facts a guard can read. */
export function stateKey(snapshot: AnalysisSnapshot, rel: Relevance): string {
  const c = snapshot.context;
  const parts = [
    snapshot.status,
    c.phase,
    rel.clues.filter((id) => id in c.clues).join(','),
    rel.actions.filter((id) => (c.completed[id] ?? 0) > 0).join(','),
    Object.keys(c.flags).sort().join(','),
    c.inFlight[ANALYST]?.action ?? '',
    Object.entries(c.escalations)
      .map(([id, e]) => `${id}:${e.joinedAt === null ? 'p' : 'j'}`)
      .sort()
      .join(','),
    rel.injects
      .map((id) => (id in c.injectsFired ? 'f' : id in c.injectsArmed ? 'a' : '-'))
      .join(''),
    rel.hypotheses.length ? (c.hypothesis ?? '') : '',
    c.acknowledgedAt === null ? 'u' : 'a',
  ];
  return parts.join('|');
}

/** The snapshot a drill has when the alert fires (the analysis starts there). */
export function detectionSnapshot(machine: DrillMachine, model: ScenarioModel): AnalysisSnapshot {
  const clock = new GameClock();
  const actor = createActor(machine, { input: { model, seed: 1 }, clock });
  actor.start();
  clock.advanceTo(model.detectionAt);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** The earliest scheduled thing the responder could wait for, as the event it produces. */
function nextScheduled(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
): DrillEvent | null {
  const c = snapshot.context;
  const candidates: DrillEvent[] = [];
  const work = c.inFlight[ANALYST];
  if (work)
    candidates.push({
      type: 'engine.complete',
      participant: ANALYST,
      action: work.action,
      t: work.completesAt,
    });
  for (const [level, e] of Object.entries(c.escalations)) {
    const def = model.escalation.get(level);
    if (def && e.joinedAt === null)
      candidates.push({
        type: 'engine.joined',
        level,
        t: e.pagedAt + parseDuration(def.joinAfter),
      });
  }
  for (const id of rel.injects) {
    if (id in c.injectsFired) continue;
    const inject = model.injects.get(id);
    if (inject?.at !== undefined)
      candidates.push({ type: 'facilitator.inject', inject: id, t: parseDuration(inject.at) });
    else if (inject && id in c.injectsArmed)
      candidates.push({
        type: 'facilitator.inject',
        inject: id,
        t: (c.injectsArmed[id] ?? 0) + (inject.delay ? parseDuration(inject.delay) : 0),
      });
  }
  let best: DrillEvent | null = null;
  for (const e of candidates) if (!best || ('t' in e && 't' in best && e.t < best.t)) best = e;
  if (best && 't' in best) best = { ...best, t: Math.max(best.t, c.now) } as DrillEvent;
  return best;
}

/** Every move the responder can make from `snapshot` (including waiting). */
export function analysisEvents(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
): DrillEvent[] {
  if (snapshot.status !== 'active') return [];
  const c = snapshot.context;
  const t = c.now;
  if (c.acknowledgedAt === null) return [{ type: 'player.acknowledge', participant: ANALYST, t }];
  const events: DrillEvent[] = [];
  if (!c.inFlight[ANALYST]) {
    for (const action of model.file.actions)
      if (canStartAction(c, ANALYST, action.id))
        events.push({ type: 'player.start', participant: ANALYST, action: action.id, t });
  }
  for (const level of model.file.escalation)
    if (canPageLevel(c, level.id))
      events.push({ type: 'player.page', participant: ANALYST, level: level.id, t });
  for (const hypothesis of rel.hypotheses)
    if (c.hypothesis !== hypothesis)
      events.push({ type: 'player.declare', participant: ANALYST, hypothesis, t });
  const wait = nextScheduled(snapshot, model, rel);
  if (wait) events.push(wait);
  return events;
}

/** A move as a path step, or null for waiting. */
export function eventToStep(event: DrillEvent): string | null {
  switch (event.type) {
    case 'player.start':
      return event.action;
    case 'player.page':
      return `page:${event.level}`;
    case 'player.declare':
      return `declare:${event.hypothesis}`;
    default:
      return null;
  }
}
