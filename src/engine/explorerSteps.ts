/**
 * Helpers of the explorer graph (`explorerGraph.ts`): turning a route through the analysis's
 * state graph into path steps that `runPath` replays to the same state, tracing par through
 * the graph, and labelling moves for people.
 */
import type { StateAdjacency } from './analysis.ts';
import { eventToStep, stateKey, type AnalysisEvent, type Relevance } from './analysisModel.ts';
import type { ScenarioModel } from './model.ts';
import { isRedHerringAction, isWrongHypothesis } from './redHerrings.ts';

/** One move of the route: the event taken and the game time of the state it left. */
export interface RouteStep {
  event: AnalysisEvent;
  fromNow: number;
}

/** An exact duration in path-step form (`1h5m30s`); `parseDuration` reads it back to the ms. */
export function exactDuration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  return text || '0s';
}

/**
 * Path steps that make `runPath` reach the state at the end of `route`.
 *
 * The graph does an action in one step (start and completion), while `runPath` sends a page
 * or a declaration as soon as it is possible, even with an action still running. So before a
 * page, a declaration or a wait, the steps wait (`wait:<exact>`) until the graph's time of
 * that move; waits of zero are dropped (what they stand for already happened).
 * `runPath` acknowledges the alert by itself, so acknowledgements give no step.
 */
export function routeToSteps(route: readonly RouteStep[], startNow: number): string[] {
  const steps: string[] = [];
  let clock = startNow;
  let busy = false;
  const waitUntil = (t: number) => {
    if (t > clock) steps.push(`wait:${exactDuration(t - clock)}`);
    clock = Math.max(clock, t);
    busy = false;
  };
  for (const { event, fromNow } of route) {
    switch (event.type) {
      case 'player.acknowledge':
        break;
      case 'analysis.do':
      case 'player.start':
        // A running action holds the next one back by itself (runPath waits for it).
        if (!busy) waitUntil(fromNow);
        steps.push(event.action);
        clock = fromNow;
        busy = true;
        break;
      case 'player.page':
      case 'player.declare':
        waitUntil(fromNow);
        steps.push(eventToStep(event)!);
        break;
      default:
        waitUntil('t' in event ? Math.max(event.t, fromNow) : fromNow);
    }
  }
  return steps;
}

/** A transition of the state graph, named by its source key and event key. */
export interface GraphMove {
  from: string;
  eventKey: string;
  to: string;
}

/**
 * The order of things in par's own run, to order the graph's waits as par met them:
 * `stepAt[i]` is when step `i`'s effect landed (an action's completion, a page or a
 * declaration when sent), `eventAt` when a waited-for event (a join, an inject) happened,
 * or null when par never met it. Any increasing measure works (times, timeline positions).
 */
export interface ParTiming {
  stepAt: readonly number[];
  eventAt: (event: AnalysisEvent) => number | null;
}

/**
 * Follow par's steps through the state graph from `rootKey`, taking the wait (the only move
 * with no step) whenever the next step is not possible yet, or, given `timing`, when par met
 * the waited-for event before that step took effect (a team joining while an action ran).
 * Null when par cannot be traced.
 */
export function tracePar(
  adjacency: StateAdjacency,
  rootKey: string,
  steps: readonly string[],
  rel: Relevance,
  timing?: ParTiming,
): GraphMove[] | null {
  const moves: GraphMove[] = [];
  let current = rootKey;
  for (const [index, step] of steps.entries()) {
    for (let waits = 0; ; waits++) {
      const transitions = Object.entries(adjacency[current]?.transitions ?? {});
      const wait = transitions.find(([, t]) => eventToStep(t.event) === null);
      const waitAt = wait && timing ? timing.eventAt(wait[1].event) : null;
      const waitFirst = waitAt !== null && waitAt < (timing?.stepAt[index] ?? -Infinity);
      const hit =
        (waitFirst ? undefined : transitions.find(([, t]) => eventToStep(t.event) === step)) ??
        wait;
      if (!hit || waits > 100) return null;
      const [eventKey, t] = hit;
      const to = stateKey(t.state, rel);
      moves.push({ from: current, eventKey, to });
      current = to;
      if (eventToStep(t.event) === step) break;
    }
  }
  return moves;
}

export type MoveKind = 'action' | 'page' | 'declare' | 'wait';

/** What a move is, for people: kind, the id it is about, and a label. */
export function describeMove(
  event: AnalysisEvent,
  model: ScenarioModel,
): { kind: MoveKind; ref: string | null; label: string } {
  switch (event.type) {
    case 'analysis.do':
    case 'player.start':
      return {
        kind: 'action',
        ref: event.action,
        label: model.actions.get(event.action)?.label ?? event.action,
      };
    case 'player.page':
      return {
        kind: 'page',
        ref: event.level,
        label: `Page ${model.escalation.get(event.level)?.name ?? event.level}`,
      };
    case 'player.declare':
      return {
        kind: 'declare',
        ref: event.hypothesis,
        label: `Declare ${model.hypotheses.get(event.hypothesis)?.label ?? event.hypothesis}`,
      };
    case 'facilitator.inject':
    case 'engine.inject':
      return {
        kind: 'wait',
        ref: event.inject,
        label: `Wait: ${model.injects.get(event.inject)?.title ?? event.inject}`,
      };
    case 'engine.joined':
      return {
        kind: 'wait',
        ref: event.level,
        label: `Wait: ${model.escalation.get(event.level)?.name ?? event.level} joins`,
      };
    case 'engine.complete':
      return {
        kind: 'wait',
        ref: event.action,
        label: `Wait: ${model.actions.get(event.action)?.label ?? event.action} completes`,
      };
    case 'player.acknowledge':
      return { kind: 'wait', ref: null, label: 'Acknowledge the alert' };
    default:
      return { kind: 'wait', ref: null, label: `Wait: ${event.type}` };
  }
}

/**
 * Whether a move chases a red herring (see `redHerrings.ts`): an action that reveals or
 * needs a red-herring clue, or declaring a hypothesis other than the root cause.
 */
export function isRedHerringMove(event: AnalysisEvent, model: ScenarioModel): boolean {
  if (event.type === 'player.declare') return isWrongHypothesis(model, event.hypothesis);
  if (event.type !== 'analysis.do' && event.type !== 'player.start') return false;
  return isRedHerringAction(model, event.action);
}
