/**
 * What the analysis needs to know about one snapshot (its bounded key, the useful actions
 * the responder could start), cached per snapshot and derived from the snapshot it was
 * reached from when that one is known.
 *
 * A step changes a handful of facts, so instead of rescanning every action and clue per
 * state (quadratic in the scenario's size), a state re-checks only the actions the step's
 * changes can affect (see `analysisIndex.ts`). What changed is read from the timeline
 * entries the step appended (every clue found and every action completed is logged) and
 * from the few small fields (flags, phase, hypothesis, escalations, time) compared directly.
 * A snapshot whose parent is unknown is computed from scratch; both give the same result.
 */
import type { AnalysisSnapshot, Relevance } from './analysisModel.ts';
import {
  analysisIndex,
  ANALYST,
  startableIfFree,
  usefulIn,
  type AnalysisIndex,
} from './analysisIndex.ts';
import type { Chain } from './chain.ts';
import type { TimelineEntry } from './context.ts';
import { FactSets, type FactSet } from './factSetIndex.ts';

export interface SnapshotInfo {
  /** The bounded state key (equal keys ⇔ equal guard-readable facts). */
  readonly key: string;
  /** The key's facts that only grow: relevant clues, satisfied clue groups, relevant actions done. */
  readonly facts: FactSet | null;
  /** Useful actions the responder could start were they free, ascending file index. */
  readonly useful: readonly number[];
  /** Actions re-checked against the parent, or null when computed from scratch. */
  readonly affected: readonly number[] | null;
  /** Whether the parent had no work in flight and was awaiting moves (see `isClean`). */
  readonly parentClean: boolean;
  /** Clues found by the step into this state (every clue when computed from scratch). */
  readonly newClues: readonly string[];
}

interface Tables {
  sets: FactSets;
  infos: WeakMap<AnalysisSnapshot, SnapshotInfo>;
}
const tables = new WeakMap<AnalysisIndex, Tables>();

function tablesOf(index: AnalysisIndex): Tables {
  let t = tables.get(index);
  if (!t) tables.set(index, (t = { sets: new FactSets(), infos: new WeakMap() }));
  return t;
}

/** Active, acknowledged, and nobody has work in flight: the state offers its actions. */
export function isClean(snapshot: AnalysisSnapshot): boolean {
  const c = snapshot.context;
  if (snapshot.status !== 'active' || c.acknowledgedAt === null) return false;
  for (const _ in c.inFlight) return false;
  return true;
}

/**
 * The info of `snapshot`, computed once. Pass the snapshot it was reached from in one step
 * (`parent`) to derive it from that one's info instead of from scratch.
 */
export function snapshotInfo(
  snapshot: AnalysisSnapshot,
  rel: Relevance,
  parent?: AnalysisSnapshot,
): SnapshotInfo {
  const index = analysisIndex(snapshot.context.model, rel);
  const t = tablesOf(index);
  let info = t.infos.get(snapshot);
  if (info) return info;
  const from = parent && parent !== snapshot ? t.infos.get(parent) : undefined;
  info =
    (from && derive(index, t.sets, snapshot, parent!, from)) ||
    fromScratch(index, t.sets, snapshot);
  t.infos.set(snapshot, info);
  return info;
}

/** Timeline entries appended since `older`, or null when `newer` does not extend it. */
function appendedSince(
  newer: Chain<TimelineEntry> | null,
  older: Chain<TimelineEntry> | null,
): TimelineEntry[] | null {
  const base = older?.size ?? 0;
  const out: TimelineEntry[] = [];
  let node = newer;
  for (; node && node.size > base; node = node.tail) out.push(node.head);
  return node === older ? out : null;
}

function keyOf(index: AnalysisIndex, sets: FactSets, s: AnalysisSnapshot, facts: FactSet | null) {
  const c = s.context;
  const rel = index.rel;
  const escalations = Object.entries(c.escalations)
    .map(([id, e]) => `${id}:${e.joinedAt === null ? 'p' : 'j'}`)
    .sort()
    .join(',');
  return [
    s.status,
    c.phase,
    sets.idOf(facts),
    rel.flags.filter((id) => c.flags[id]).join(','),
    c.inFlight[ANALYST]?.action ?? '',
    escalations,
    rel.injects
      .map((id) => (id in c.injectsFired ? 'f' : id in c.injectsArmed ? 'a' : '-'))
      .join(''),
    rel.hypotheses.length ? (c.hypothesis ?? '') : '',
    c.acknowledgedAt === null ? 'u' : 'a',
  ].join('|');
}

function isUsefulNow(index: AnalysisIndex, s: AnalysisSnapshot, i: number): boolean {
  const action = index.actions[i]!;
  return startableIfFree(s.context, action) && usefulIn(index, s.context, action);
}

function fromScratch(index: AnalysisIndex, sets: FactSets, s: AnalysisSnapshot): SnapshotInfo {
  const c = s.context;
  let facts: FactSet | null = null;
  const newClues = Object.keys(c.clues);
  for (const id of newClues) {
    const fact = index.clueFact.get(id);
    if (fact !== undefined) facts = sets.add(facts, fact);
  }
  index.rel.clueGroups.forEach((group, g) => {
    if (group.some((id) => id in c.clues)) facts = sets.add(facts, index.groupFactBase + g);
  });
  for (const [id, count] of Object.entries(c.completed)) {
    const fact = index.actionFact.get(id);
    if (fact !== undefined && count > 0) facts = sets.add(facts, fact);
  }
  const useful: number[] = [];
  for (let i = 0; i < index.actions.length; i++) if (isUsefulNow(index, s, i)) useful.push(i);
  const key = keyOf(index, sets, s, facts);
  return { key, facts, useful, affected: null, parentClean: false, newClues };
}

function derive(
  index: AnalysisIndex,
  sets: FactSets,
  s: AnalysisSnapshot,
  parent: AnalysisSnapshot,
  from: SnapshotInfo,
): SnapshotInfo | null {
  const c = s.context;
  const p = parent.context;
  // Detection changes what every action reads; it happens once, before the analysis starts.
  if (c.detectedAt !== p.detectedAt || c.model !== p.model) return null;
  const entries = appendedSince(c.timeline, p.timeline);
  if (!entries) return null;
  let facts = from.facts;
  const affected = new Set<number>();
  const touch = (list: readonly number[] | undefined) => list?.forEach((i) => affected.add(i));
  const newClues: string[] = [];
  for (const entry of entries) {
    const ref = entry.ref;
    if (ref === undefined) continue;
    if (entry.kind === 'clue') {
      newClues.push(ref);
      const fact = index.clueFact.get(ref);
      if (fact !== undefined) facts = sets.add(facts, fact);
      for (const g of index.groupsOfClue.get(ref) ?? [])
        facts = sets.add(facts, index.groupFactBase + g);
      touch(index.dependentsOfClue(ref));
    } else if (entry.kind === 'action-completed') {
      const fact = index.actionFact.get(ref);
      if (fact !== undefined) facts = sets.add(facts, fact);
      const i = index.actionIndex.get(ref);
      if (i !== undefined) affected.add(i);
      touch(index.dependentsOfAction.get(ref));
    }
  }
  if (c.flags !== p.flags)
    for (const id of new Set([...Object.keys(c.flags), ...Object.keys(p.flags)]))
      if (!c.flags[id] !== !p.flags[id]) touch(index.dependentsOfFlag.get(id));
  if (c.phase !== p.phase) touch(index.phaseDependent);
  if (c.hypothesis !== p.hypothesis) touch(index.hypothesisDependent);
  if (c.escalations !== p.escalations)
    for (const [id, e] of Object.entries(c.escalations))
      if (e.joinedAt !== null && p.escalations[id]?.joinedAt == null)
        touch(index.dependentsOfLevel.get(id));
  if (c.now !== p.now) touch(index.timeDependent);

  const checked = [...affected].sort((a, b) => a - b);
  const useful: number[] = [];
  let k = 0;
  // Merge the parent's list (minus re-checked actions) with the re-checked ones that pass.
  for (const i of from.useful) {
    for (; k < checked.length && checked[k]! < i; k++)
      if (isUsefulNow(index, s, checked[k]!)) useful.push(checked[k]!);
    if (k < checked.length && checked[k] === i) {
      if (isUsefulNow(index, s, i)) useful.push(i);
      k++;
    } else useful.push(i);
  }
  for (; k < checked.length; k++) if (isUsefulNow(index, s, checked[k]!)) useful.push(checked[k]!);
  const key = keyOf(index, sets, s, facts);
  return { key, facts, useful, affected: checked, parentClean: isClean(parent), newClues };
}
