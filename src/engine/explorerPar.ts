/**
 * Par's nodes in the explorer graph, timed as par is timed.
 *
 * The explorer's graph does an action in one step (start and completion), while par
 * (`analysis.ts`) pages, declares and waits while an action runs. Timed along the graph,
 * par's nodes would come later than par (a page sent after a check instead of during it), and
 * "playtest from here" would land late. So each node on par gets the prefix of par's own path
 * that leads to it (with exact `wait:` steps where the graph's state needs them), checked by
 * running it with `runPath`; its time and facts are that run's.
 */
import type { StateAdjacency } from './analysis.ts';
import {
  ANALYST,
  eventToStep,
  stateKey,
  type AnalysisEvent,
  type Relevance,
} from './analysisModel.ts';
import type { DrillContext } from './context.ts';
import { toArray } from './chain.ts';
import { exactDuration, tracePar, type GraphMove, type ParTiming } from './explorerSteps.ts';
import type { ScenarioModel } from './model.ts';
import { runPath, type PathRun } from './paths.ts';

/** A par node's steps from the alert, and the context `runPath` reaches with them. */
export interface ParNodeRun {
  path: string[];
  context: DrillContext;
  time: number;
}

/** Most exact waits appended to reach a node (each one waits for the next scheduled thing). */
const MAX_WAITS = 8;

/** `runPath` as par's analyst, once per path; `sent` is when it sent the last step. */
type Runner = (steps: readonly string[]) => { run: PathRun; sent: number } | null;

function runner(model: ScenarioModel): Runner {
  const cache = new Map<string, { run: PathRun; sent: number } | null>();
  return (steps) => {
    const key = steps.join('\n');
    if (!cache.has(key)) {
      const run = runPath(model, steps, { participant: ANALYST });
      // The acknowledgement when there are no steps (`runPath` always sends it).
      const sent = run.session.journal.at(-1)?.t;
      cache.set(key, run.failure || sent === undefined ? null : { run, sent });
    }
    return cache.get(key)!;
  };
}

/**
 * Steps that `runPath` replays to the state with key `target`, from `steps` (a prefix of
 * par): as they are, then with exact waits for what the state still lacks (a join, an
 * inject), then holding one of the steps until the work before it is done (the graph's
 * state may lie between two things par does at once). Null when nothing fits.
 */
function fitPath(
  run: Runner,
  steps: readonly string[],
  target: string,
  rel: Relevance,
): ParNodeRun | null {
  for (let held = steps.length; held >= 0; held--) {
    const base = held === steps.length ? steps : holdAt(run, steps, held);
    const fitted = base && withWaits(run, base, target, rel);
    if (fitted) return fitted;
  }
  return null;
}

/** `steps` with an exact wait before `steps[index]` until the work before it is done. */
function holdAt(run: Runner, steps: readonly string[], index: number): string[] | null {
  const before = steps.slice(0, index);
  const done = run(before);
  const wait = done ? done.run.session.now() - done.sent : 0;
  return wait > 0 ? [...before, `wait:${exactDuration(wait)}`, ...steps.slice(index)] : null;
}

/** `steps`, then exact waits for the next scheduled thing until the state's key is `target`. */
function withWaits(
  run: Runner,
  steps: readonly string[],
  target: string,
  rel: Relevance,
): ParNodeRun | null {
  const first = run(steps);
  if (!first) return null;
  let path = [...steps];
  let session = first.run.session;
  for (let waits = 0; ; waits++) {
    if (stateKey(session.snapshot(), rel) === target)
      return { path, context: session.context(), time: session.now() };
    const next = session.nextEventAt();
    if (next === null || waits >= MAX_WAITS) return null;
    // `runPath` waits from the time it sent the last step, not from where it stopped.
    path = [...steps, `wait:${exactDuration(next - first.sent)}`];
    const waited = run(path);
    if (!waited) return null;
    session = waited.run.session;
  }
}

/**
 * The run of each state on par's route through the graph (`tracePar`), by state key. States
 * no prefix of par reaches are left out (the caller keeps the graph's own route for them).
 */
export function parNodeRuns(
  model: ScenarioModel,
  parPath: readonly string[],
  rootKey: string,
  moves: readonly GraphMove[],
  adjacency: StateAdjacency,
  rel: Relevance,
): Map<string, ParNodeRun> {
  const runs = new Map<string, ParNodeRun>();
  const run = runner(model);
  const root = fitPath(run, [], rootKey, rel);
  if (root) runs.set(rootKey, root);
  let consumed = 0;
  for (const move of moves) {
    const event = adjacency[move.from]?.transitions[move.eventKey]?.event;
    if (event && eventToStep(event) !== null) consumed++;
    if (runs.has(move.to)) continue;
    const fitted = fitPath(run, parPath.slice(0, consumed), move.to, rel);
    if (fitted) runs.set(move.to, fitted);
  }
  return runs;
}

/**
 * The order in which par's own run met its steps' effects (an action's completion, a page
 * or a declaration when sent) and the joins and injects it waited for, as positions in its
 * timeline (equal times keep the order the run met them in), for `tracePar`.
 */
export function parTiming(model: ScenarioModel, parPath: readonly string[]): ParTiming {
  const ctx = runPath(model, parPath, { participant: ANALYST }).session.context();
  const timeline = toArray(ctx.timeline);
  const used = new Set<number>();
  const positionOf = (kinds: readonly string[], ref: string) => {
    const index = timeline.findIndex(
      (e, i) => !used.has(i) && kinds.includes(e.kind) && e.ref === ref,
    );
    if (index >= 0) used.add(index);
    return index;
  };
  const stepAt = parPath.map((step) => {
    const colon = step.indexOf(':');
    const [kind, id] = colon < 0 ? ['', step] : [step.slice(0, colon), step.slice(colon + 1)];
    const kinds =
      kind === ''
        ? ['action-completed']
        : kind === 'page'
          ? ['page']
          : kind === 'declare'
            ? ['hypothesis']
            : [];
    const index = positionOf(kinds, id);
    // A step par's run does not show is never held back for a wait.
    return index < 0 ? -Infinity : index;
  });
  const eventAt = (event: AnalysisEvent) => {
    const index =
      event.type === 'engine.joined'
        ? timeline.findIndex((e) => e.kind === 'joined' && e.ref === event.level)
        : event.type === 'facilitator.inject' || event.type === 'engine.inject'
          ? timeline.findIndex(
              (e) => (e.kind === 'inject' || e.kind === 'alert') && e.ref === event.inject,
            )
          : -1;
    return index < 0 ? null : index;
  };
  return { stepAt, eventAt };
}

/**
 * Par's route through the state graph (`tracePar`, its waits ordered as par met them) and
 * the run of each state on it (see {@link parNodeRuns}); null when par cannot be traced.
 */
export function parThroughGraph(
  model: ScenarioModel,
  parPath: readonly string[],
  rootKey: string,
  adjacency: StateAdjacency,
  rel: Relevance,
): { moves: GraphMove[]; runs: Map<string, ParNodeRun> } | null {
  const moves = tracePar(adjacency, rootKey, parPath, rel, parTiming(model, parPath));
  return moves && { moves, runs: parNodeRuns(model, parPath, rootKey, moves, adjacency, rel) };
}
