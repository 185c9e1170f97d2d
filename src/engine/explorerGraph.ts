/**
 * The scenario explorer's graph: the analysis's state graph made fit to draw.
 *
 * Nodes are reachable analysis states (what the responder knows and has done, on the bounded
 * key of `analysisModel.ts`), edges are the responder's moves (actions, pages, declarations)
 * and waits (a team joining, an inject). Par, red herrings, harmful actions, soft-locks and
 * what can never be reached are marked. Each node carries path steps that `runPath` replays
 * to that state, so a UI can show what the player sees there with the usual selectors.
 * Graphs too big to draw are condensed (states merged by phase and facts known), and say so.
 */
import { analyzeScenario, exploreStateGraph, type AnalysisResult } from './analysis.ts';
import { eventToStep, stateKey, uselessStartable } from './analysisModel.ts';
import { condense, type Condensation } from './explorerCondense.ts';
import { breadthFirst, firstNodeKey, resolvable, type StateInfo } from './explorerStates.ts';
import { describeMove, isRedHerringMove, routeToSteps, type MoveKind } from './explorerSteps.ts';
import { parThroughGraph, type ParNodeRun } from './explorerPar.ts';
import { unreachableParts, type Unreachable } from './explorerReach.ts';
import type { ScenarioModel } from './model.ts';
import { isRedHerringAction } from './redHerrings.ts';

export type { Condensation, MoveKind, Unreachable };

/** Default most nodes drawn before states are merged. */
export const DEFAULT_MAX_NODES = 150;

/** One state (or group of merged states) of the explorer graph. */
export interface ExplorerNode {
  id: string;
  phase: string;
  outcome: 'active' | 'resolved' | 'ended';
  /** Game time at this state along its path (ms since incident start). */
  time: number;
  /** Clues found, in scenario order. */
  clues: string[];
  escalations: { level: string; joined: boolean }[];
  flags: string[];
  hypothesis: string | null;
  injectsFired: string[];
  /** Steps from the alert that `runPath` replays to this state (`wait:` steps are exact). */
  path: string[];
  /** Moves from the first node. */
  depth: number;
  /** The first node: the alert acknowledged. */
  start: boolean;
  onPar: boolean;
  /** No way to resolve the incident from here. */
  softLock: boolean;
  /** Analysis states merged into this node (1 without condensation). */
  members: number;
  /** Actions startable here that change nothing a condition reads (not drawn as edges). */
  sideActions: string[];
}

/** A move between two nodes (several merged transitions when condensed). */
export interface ExplorerEdge {
  id: string;
  source: string;
  target: string;
  kind: MoveKind;
  /** The path step (`check-db`, `page:infra`, `declare:firewall`); null for waits. */
  step: string | null;
  /** Id of the action, level, hypothesis or inject the move is about. */
  ref: string | null;
  label: string;
  onPar: boolean;
  redHerring: boolean;
  harmful: boolean;
  /** Transitions of the state graph this edge stands for. */
  count: number;
}

export interface ExplorerPar {
  time: number;
  /** Par's steps, as the analysis gives them. */
  steps: string[];
  /** Nodes and drawn edges along par, in order (moves inside one merged node are not drawn). */
  nodeIds: string[];
  edgeIds: string[];
  /** False when par could not be followed through the graph (then nothing is marked). */
  traced: boolean;
}

export interface ExplorerGraph {
  scenario: ScenarioModel['ref'];
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  rootId: string | null;
  condensation: Condensation;
  /** How states were merged, in words; null when every state is its own node. */
  condensationNote: string | null;
  /** States and transitions of the underlying state graph. */
  states: number;
  transitions: number;
  complete: boolean;
  reason?: string;
  par: ExplorerPar | null;
  redHerringClues: string[];
  redHerringActions: string[];
  harmfulActions: string[];
  /** Analysis states from which the incident can no longer be resolved. */
  softLockStates: number;
  /** What no run can reach; null when the graph is incomplete (unknown). */
  unreachable: Unreachable | null;
  /** Things an author should look at, in words. */
  warnings: string[];
}

export interface ExplorerOptions {
  /** Bound on analysis states (see `DEFAULT_MAX_STATES`). */
  maxStates?: number;
  /** Most nodes drawn before states are merged (default {@link DEFAULT_MAX_NODES}). */
  maxNodes?: number;
  /** The scenario's analysis, when the caller has it already. */
  analysis?: AnalysisResult | null;
}

/**
 * Build the explorer graph of a scenario.
 * @example
 * const graph = explorerGraph(model);
 * const { session } = runPath(model, graph.nodes[3]!.path);
 */
export function explorerGraph(model: ScenarioModel, options: ExplorerOptions = {}): ExplorerGraph {
  const limits = options.maxStates === undefined ? {} : { maxStates: options.maxStates };
  const analysis = options.analysis ?? analyzeScenario(model, limits);
  const sg = exploreStateGraph(model, limits);
  const { adjacency, relevance: rel } = sg;
  const warnings: string[] = [];
  if (!sg.complete) warnings.push(`The state graph is incomplete: ${sg.reason ?? 'too large'}.`);
  const rootKey = firstNodeKey(adjacency, sg.startKey, rel);
  const states = breadthFirst(adjacency, rootKey, rel);

  // Soft-locks: active states from which no resolved state can be reached.
  const canResolve = resolvable(adjacency, rel);
  let softLockStates = 0;
  for (const info of states.values()) {
    info.softLock = info.snapshot.status === 'active' && !canResolve.has(info.key);
    if (info.softLock) softLockStates++;
    info.sideActions = uselessStartable(info.snapshot, model, rel);
  }
  if (sg.complete && softLockStates > 0)
    warnings.push(`${softLockStates} state(s) are soft-locks: the incident cannot be resolved.`);

  // Par's route, its nodes timed as par is (by par's own steps, see `explorerPar.ts`).
  const traced =
    analysis.par && rootKey
      ? parThroughGraph(model, analysis.par.path, rootKey, adjacency, rel)
      : null;
  const parMoves = traced?.moves ?? null;
  const parRuns = traced?.runs ?? new Map<string, ParNodeRun>();
  if (analysis.par && !parMoves) warnings.push('Par could not be followed through the graph.');
  if (!analysis.par)
    warnings.push(
      analysis.parComplete ? 'No path resolves the incident.' : 'Par was not found in time.',
    );
  const parMoveKeys = new Set((parMoves ?? []).map((m) => `${m.from}\u0000${m.eventKey}`));
  const parStates = new Set(parMoves ? [rootKey!, ...parMoves.map((m) => m.to)] : []);
  for (const info of states.values()) info.onPar = parStates.has(info.key);

  if (parMoves && parRuns.size < parStates.size)
    warnings.push('Some states on par could not be timed by par: they show the graph’s timing.');

  const condensed = condense([...states.values()], options.maxNodes ?? DEFAULT_MAX_NODES);
  const rootNow = states.get(rootKey ?? '')?.snapshot.context.now ?? model.detectionAt;
  const nodes = condensed.groups.map((group, index) =>
    toNode(`n${index}`, group, {
      model,
      start: index === 0,
      rootNow,
      parRun: group.length === 1 ? parRuns.get(group[0]!.key) : undefined,
    }),
  );
  const nodeOfKey = new Map<string, string>();
  condensed.groups.forEach((group, index) =>
    group.forEach((info) => nodeOfKey.set(info.key, `n${index}`)),
  );

  const edges = new Map<string, ExplorerEdge>();
  const edgeOfMove = new Map<string, string>();
  let transitions = 0;
  for (const info of states.values()) {
    for (const [eventKey, t] of Object.entries(adjacency[info.key]?.transitions ?? {})) {
      transitions++;
      const source = nodeOfKey.get(info.key);
      const target = nodeOfKey.get(stateKey(t.state, rel));
      if (!source || !target || source === target) continue;
      const move = describeMove(t.event, model);
      const id = `${source}>${target}>${move.kind}:${move.ref ?? move.label}`;
      const onPar = parMoveKeys.has(`${info.key}\u0000${eventKey}`);
      if (onPar) edgeOfMove.set(`${info.key}\u0000${eventKey}`, id);
      const existing = edges.get(id);
      if (existing) {
        existing.count++;
        existing.onPar ||= onPar;
        continue;
      }
      const action = move.kind === 'action' ? model.actions.get(move.ref ?? '') : undefined;
      edges.set(id, {
        id,
        source,
        target,
        ...move,
        step: eventToStep(t.event),
        onPar,
        redHerring: isRedHerringMove(t.event, model),
        harmful: action?.harmful !== undefined,
        count: 1,
      });
    }
  }

  const par =
    analysis.par === null
      ? null
      : {
          time: analysis.par.time,
          steps: [...analysis.par.path],
          nodeIds: dedupe(
            (parMoves ? [rootKey!, ...parMoves.map((m) => m.to)] : []).map((k) =>
              nodeOfKey.get(k)!,
            ),
          ),
          edgeIds: (parMoves ?? [])
            .map((m) => edgeOfMove.get(`${m.from}\u0000${m.eventKey}`))
            .filter((id): id is string => id !== undefined),
          traced: parMoves !== null,
        };

  const unreachable =
    sg.complete && analysis.graph.complete ? unreachableParts(model, analysis, adjacency) : null;
  if (unreachable) {
    const count = [
      unreachable.actions,
      unreachable.clues,
      unreachable.injects,
      unreachable.levels,
      unreachable.phases,
    ].reduce((n, list) => n + list.length, 0);
    if (count > 0) warnings.push(`${count} scenario element(s) can never be reached.`);
  }
  const reachableActions = analysis.graph.reachable.actions;
  return {
    scenario: model.ref,
    nodes,
    edges: [...edges.values()],
    rootId: nodes[0]?.id ?? null,
    condensation: condensed.condensation,
    condensationNote: condensed.note,
    states: states.size,
    transitions,
    complete: sg.complete && analysis.graph.complete,
    ...(sg.reason ? { reason: sg.reason } : {}),
    par,
    redHerringClues: [...analysis.graph.redHerrings],
    redHerringActions: model.file.actions
      .filter((a) => reachableActions.has(a.id) && isRedHerringAction(model, a.id))
      .map((a) => a.id),
    harmfulActions: [...analysis.graph.harmfulActions],
    softLockStates,
    unreachable,
    warnings,
  };
}

function toNode(
  id: string,
  group: StateInfo[],
  {
    model,
    start,
    rootNow,
    parRun,
  }: { model: ScenarioModel; start: boolean; rootNow: number; parRun: ParNodeRun | undefined },
): ExplorerNode {
  const first = group[0]!;
  // A par node shows what par's own run shows there; other nodes, their graph route's state.
  const c = parRun?.context ?? first.snapshot.context;
  return {
    id,
    phase: c.phase,
    outcome:
      first.snapshot.status === 'active'
        ? 'active'
        : first.snapshot.value === 'resolved'
          ? 'resolved'
          : 'ended',
    time: parRun?.time ?? c.now,
    clues: model.file.clues.filter((cl) => cl.id in c.clues).map((cl) => cl.id),
    escalations: model.file.escalation
      .filter((e) => c.escalations[e.id])
      .map((e) => ({ level: e.id, joined: c.escalations[e.id]!.joinedAt !== null })),
    flags: Object.keys(c.flags).sort(),
    hypothesis: c.hypothesis,
    injectsFired: model.file.injects.filter((i) => i.id in c.injectsFired).map((i) => i.id),
    path: parRun ? [...parRun.path] : routeToSteps(first.route, rootNow),
    depth: first.depth,
    start,
    onPar: group.some((s) => s.onPar),
    softLock: group.every((s) => s.softLock),
    members: group.length,
    sideActions: dedupe(group.flatMap((s) => s.sideActions)),
  };
}

const dedupe = <T>(items: readonly T[]): T[] => [...new Set(items)];
