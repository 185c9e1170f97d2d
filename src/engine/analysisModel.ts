/**
 * The abstraction the analysis explores: one responder, the moves they can choose at a
 * given moment, "wait for the next scheduled thing", and a bounded state key.
 *
 * The key keeps only facts some guard can read (phase, flags, clues and actions named in
 * conditions, escalations, effectful injects, the work in progress), never time or logs,
 * so the number of states is bounded by the scenario, not by the length of a run.
 */
import { createActor, createEmptyActor, type SnapshotFrom } from 'xstate';
import { analysisIndex, ANALYST, usefulIn } from './analysisIndex.ts';
import { GameClock } from './clock.ts';
import type { DrillEvent } from './context.ts';
import type { DrillMachine } from './machine.ts';
import { canPageLevel, canStartAction } from './machineGuards.ts';
import type { Condition, ScenarioModel } from './model.ts';
import { persistentRecord } from './persistentRecord.ts';
import { parseDuration } from './schema.ts';
import { isClean, snapshotInfo } from './snapshotIndex.ts';

export type AnalysisSnapshot = SnapshotFrom<DrillMachine>;

export { ANALYST };

/** What guards can observe, computed once per scenario. */
export interface Relevance {
  /** Clues a condition needs individually (`clues:`). */
  clues: string[];
  /** `anyClues:` groups: only whether each group is satisfied matters. */
  clueGroups: string[][];
  actions: string[];
  flags: string[];
  hypotheses: string[];
  injects: string[];
}

const relevances = new WeakMap<ScenarioModel, Relevance>();

/** What guards of `model` can observe (memoised per model, so its indexes are shared). */
export function relevance(model: ScenarioModel): Relevance {
  let rel = relevances.get(model);
  if (!rel) relevances.set(model, (rel = computeRelevance(model)));
  return rel;
}

function computeRelevance(model: ScenarioModel): Relevance {
  const clues = new Set<string>();
  const groups = new Map<string, string[]>();
  const actions = new Set<string>();
  const flags = new Set<string>();
  const hypotheses = new Set<string>();
  const visit = (c: Condition | undefined) => {
    c?.clues?.forEach((id) => clues.add(id));
    if (c?.anyClues) groups.set([...c.anyClues].sort().join(','), c.anyClues);
    c?.actions?.forEach((id) => actions.add(id));
    c?.flags?.forEach((id) => flags.add(id));
    c?.notFlags?.forEach((id) => flags.add(id));
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
    clueGroups: [...groups.values()],
    actions: [...actions].sort(),
    flags: [...flags].sort(),
    hypotheses: [...hypotheses].sort(),
    injects,
  };
}

/**
 * Bounded state key: only facts a guard can read. Equal keys mean equal facts (exactly, no
 * hashing), but keys are opaque: compare them, never parse them. Pass the snapshot `parent`
 * was reached from in one step to derive the key from the parent's (see `snapshotIndex.ts`).
 */
export function stateKey(
  snapshot: AnalysisSnapshot,
  rel: Relevance,
  parent?: AnalysisSnapshot,
): string {
  return snapshotInfo(snapshot, rel, parent).key;
}

/**
 * XState's pure `transition(machine, snapshot, event)[0]`, with one inert actor scope for
 * every step. `transition` builds and initialises a throwaway actor per call (most of the
 * analysis's time); the scope only has to swallow the actions the step would execute
 * (timers, raised events), as the scope `xstate/graph` passes does.
 */
export function pureTransition(machine: DrillMachine) {
  const self = createEmptyActor();
  const scope = {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as Parameters<DrillMachine['transition']>[2];
  return (snapshot: AnalysisSnapshot, event: DrillEvent): AnalysisSnapshot =>
    machine.transition(snapshot, event, scope);
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

/**
 * The same snapshot with `clues` and `completed` as structure-sharing records (see
 * `persistentRecord.ts`), so each step of the analysis costs O(log n) instead of a copy.
 */
export function withPersistentRecords(snapshot: AnalysisSnapshot): AnalysisSnapshot {
  const c = snapshot.context;
  return {
    ...snapshot,
    context: { ...c, clues: persistentRecord(c.clues), completed: persistentRecord(c.completed) },
  };
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
  if (best && 't' in best) best = { ...best, t: Math.max(best.t, c.now) };
  return best;
}

/**
 * Would completing this action change anything a guard can read? Actions that only show
 * text or move metrics can never shorten the way to resolution, so par skips them.
 */
export function isUsefulAction(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
  actionId: string,
): boolean {
  const action = model.actions.get(actionId);
  return !!action && usefulIn(analysisIndex(model, rel), snapshot.context, action);
}

/** The graph pass does a whole action in one step (start + completion), so work in progress never splits states. */
export type AnalysisEvent = DrillEvent | { type: 'analysis.do'; action: string; t: number };

/**
 * Every move the responder can make from `snapshot`, including waiting for the next
 * scheduled thing. `par` mode offers only useful actions (see {@link isUsefulAction}) as
 * real start events; `graph` mode offers every startable action as one atomic step.
 */
export function analysisEvents(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
  mode: 'par' | 'graph',
): AnalysisEvent[] {
  if (snapshot.status !== 'active') return [];
  const c = snapshot.context;
  const t = c.now;
  if (c.acknowledgedAt === null) return [{ type: 'player.acknowledge', participant: ANALYST, t }];
  const events: AnalysisEvent[] = [];
  if (!c.inFlight[ANALYST]) {
    // Actions that change nothing a guard reads are self-loops in the graph: the graph
    // pass records them as reachable (see `uselessStartable`) without taking them.
    const actions = model.file.actions;
    const useful = isClean(snapshot)
      ? snapshotInfo(snapshot, rel).useful.map((i) => actions[i]!)
      : actions.filter(
          (a) => canStartAction(c, ANALYST, a.id) && isUsefulAction(snapshot, model, rel, a.id),
        );
    for (const action of useful) {
      if (mode === 'graph') events.push({ type: 'analysis.do', action: action.id, t });
      else events.push({ type: 'player.start', participant: ANALYST, action: action.id, t });
    }
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

/** Startable actions that change nothing a guard reads (not explored, but reachable). */
export function uselessStartable(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
): string[] {
  const c = snapshot.context;
  if (snapshot.status !== 'active' || c.acknowledgedAt === null || c.inFlight[ANALYST]) return [];
  return model.file.actions
    .filter((a) => canStartAction(c, ANALYST, a.id) && !isUsefulAction(snapshot, model, rel, a.id))
    .map((a) => a.id);
}

/**
 * The actions {@link uselessStartable} lists in `snapshot` that it did not list in the
 * state `snapshot` was reached from (every one when that state is unknown or offered no
 * moves). Over a graph whose states all descend from explored states, the union of these
 * equals the union of `uselessStartable`, at a cost per state of what the step changed.
 */
export function newlyUselessStartable(
  snapshot: AnalysisSnapshot,
  model: ScenarioModel,
  rel: Relevance,
): string[] {
  const c = snapshot.context;
  if (snapshot.status !== 'active' || c.acknowledgedAt === null || c.inFlight[ANALYST]) return [];
  const info = snapshotInfo(snapshot, rel);
  if (!isClean(snapshot) || !info.parentClean || info.affected === null)
    return uselessStartable(snapshot, model, rel);
  const actions = model.file.actions;
  return info.affected
    .map((i) => actions[i]!)
    .filter((a) => canStartAction(c, ANALYST, a.id) && !isUsefulAction(snapshot, model, rel, a.id))
    .map((a) => a.id);
}

/** A move as a path step, or null for waiting. */
export function eventToStep(event: AnalysisEvent): string | null {
  switch (event.type) {
    case 'analysis.do':
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
