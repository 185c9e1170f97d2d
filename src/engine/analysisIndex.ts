/**
 * Per-scenario lookup tables for the analysis, built once per model.
 *
 * The analysis visits thousands of states; scanning every action (and every relevant clue)
 * in each one makes it quadratic in the scenario's size. These tables say, for each fact a
 * step can change (a clue found, an action completed, a flag, a level joined, the phase,
 * the hypothesis, the time), which actions' startability or usefulness can change with it,
 * so a state only re-checks those (see `snapshotIndex.ts`).
 */
import type { DrillContext } from './context.ts';
import { conditionHolds } from './conditions.ts';
import type { Relevance } from './analysisModel.ts';
import type { ScenarioModel } from './model.ts';

type Action = ScenarioModel['file']['actions'][number];

/** The participant name the analysis plays as. */
export const ANALYST = 'par';

export interface AnalysisIndex {
  readonly model: ScenarioModel;
  readonly rel: Relevance;
  /** Actions in file order (the order moves are offered in). */
  readonly actions: readonly Action[];
  readonly actionIndex: ReadonlyMap<string, number>;
  readonly relClues: ReadonlySet<string>;
  readonly relActions: ReadonlySet<string>;
  readonly relFlags: ReadonlySet<string>;
  /** Indices into `rel.clueGroups` of the groups each clue belongs to. */
  readonly groupsOfClue: ReadonlyMap<string, readonly number[]>;
  /** Facts of the bounded key that only ever grow along a run, numbered densely. */
  readonly clueFact: ReadonlyMap<string, number>;
  readonly groupFactBase: number;
  readonly actionFact: ReadonlyMap<string, number>;
  /** Actions whose status can change when a clue is found. */
  dependentsOfClue(clue: string): readonly number[];
  readonly dependentsOfAction: ReadonlyMap<string, readonly number[]>;
  readonly dependentsOfFlag: ReadonlyMap<string, readonly number[]>;
  readonly dependentsOfLevel: ReadonlyMap<string, readonly number[]>;
  /** Actions that read the phase (requires.phase or effects.phase). */
  readonly phaseDependent: readonly number[];
  readonly hypothesisDependent: readonly number[];
  /** Actions with `requires.after`: re-checked whenever game time moves. */
  readonly timeDependent: readonly number[];
}

const indexes = new WeakMap<Relevance, AnalysisIndex>();

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The index of `model` for relevance `rel` (memoised per `rel`). */
export function analysisIndex(model: ScenarioModel, rel: Relevance): AnalysisIndex {
  const cached = indexes.get(rel);
  if (cached && cached.model === model) return cached;
  const actions = model.file.actions;
  const requiring = new Map<string, number[]>();
  const revealing = new Map<string, number[]>();
  const dependentsOfAction = new Map<string, number[]>();
  const dependentsOfFlag = new Map<string, number[]>();
  const dependentsOfLevel = new Map<string, number[]>();
  const phaseDependent: number[] = [];
  const hypothesisDependent: number[] = [];
  const timeDependent: number[] = [];
  actions.forEach((a, i) => {
    const r = a.requires;
    const e = a.effects;
    r?.clues?.forEach((id) => push(requiring, id, i));
    r?.anyClues?.forEach((id) => push(requiring, id, i));
    e?.reveal?.forEach((id) => push(revealing, id, i));
    r?.actions?.forEach((id) => push(dependentsOfAction, id, i));
    r?.flags?.forEach((id) => push(dependentsOfFlag, id, i));
    r?.notFlags?.forEach((id) => push(dependentsOfFlag, id, i));
    e?.setFlags?.forEach((id) => push(dependentsOfFlag, id, i));
    e?.clearFlags?.forEach((id) => push(dependentsOfFlag, id, i));
    r?.escalated?.forEach((id) => push(dependentsOfLevel, id, i));
    if (r?.phase || e?.phase !== undefined) phaseDependent.push(i);
    if (r?.hypothesis !== undefined) hypothesisDependent.push(i);
    if (r?.after !== undefined) timeDependent.push(i);
  });
  const groupsOfClue = new Map<string, number[]>();
  rel.clueGroups.forEach((group, g) => group.forEach((id) => push(groupsOfClue, id, g)));
  const clueFact = new Map(rel.clues.map((id, i) => [id, i] as const));
  const groupFactBase = rel.clues.length;
  const actionFact = new Map(
    rel.actions.map((id, i) => [id, groupFactBase + rel.clueGroups.length + i] as const),
  );
  const clueDependents = new Map<string, readonly number[]>();
  const index: AnalysisIndex = {
    model,
    rel,
    actions,
    actionIndex: new Map(actions.map((a, i) => [a.id, i] as const)),
    relClues: new Set(rel.clues),
    relActions: new Set(rel.actions),
    relFlags: new Set(rel.flags),
    groupsOfClue,
    clueFact,
    groupFactBase,
    actionFact,
    dependentsOfClue(clue) {
      let list = clueDependents.get(clue);
      if (list) return list;
      // Finding a clue can unlock actions that require it, make actions that reveal it
      // pointless, and (by satisfying an `anyClues` group) make pointless the actions that
      // reveal any other clue of that group.
      const all = new Set([...(requiring.get(clue) ?? []), ...(revealing.get(clue) ?? [])]);
      for (const g of groupsOfClue.get(clue) ?? [])
        for (const other of rel.clueGroups[g]!) revealing.get(other)?.forEach((i) => all.add(i));
      list = [...all];
      clueDependents.set(clue, list);
      return list;
    },
    dependentsOfAction,
    dependentsOfFlag,
    dependentsOfLevel,
    phaseDependent,
    hypothesisDependent,
    timeDependent,
  };
  indexes.set(rel, index);
  return index;
}

type Ctx = DrillContext & { model: ScenarioModel };

/**
 * Could the responder start this action, were they free? Same rule as `canStartAction`
 * minus the work in progress, which the caller checks once per state.
 */
export function startableIfFree(ctx: Ctx, action: Action): boolean {
  if (ctx.detectedAt === null) return false;
  if (!action.repeatable && (ctx.completed[action.id] ?? 0) > 0) return false;
  return conditionHolds(action.requires, ctx);
}

/** `isUsefulAction` on the index's sets (same rule, without scanning the relevance lists). */
export function usefulIn(index: AnalysisIndex, ctx: DrillContext, action: Action): boolean {
  if (action.resolves) return true;
  if (index.relActions.has(action.id) && !(ctx.completed[action.id] ?? 0)) return true;
  const e = action.effects;
  if (!e) return false;
  if (e.phase !== undefined && e.phase !== ctx.phase) return true;
  if (e.setFlags?.some((id) => index.relFlags.has(id) && !ctx.flags[id])) return true;
  if (e.clearFlags?.some((id) => index.relFlags.has(id) && ctx.flags[id])) return true;
  for (const id of e.reveal ?? []) {
    if (id in ctx.clues) continue;
    if (index.relClues.has(id)) return true;
    for (const g of index.groupsOfClue.get(id) ?? [])
      if (!index.rel.clueGroups[g]!.some((other) => other in ctx.clues)) return true;
  }
  return false;
}
