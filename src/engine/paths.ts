/**
 * Paths: a list of steps one participant takes, written as text
 * (`check-dashboards`, `page:senior-infra`, `declare:firewall`, `wait:30m`).
 * Used by `history.path` in scenario files, by the CLI's `play`, by tests and by the
 * analysis's par path. Running a path uses the same session the UI uses.
 */
import type { JournalEvent } from './context.ts';
import { canPageLevel, canStartAction } from './machineGuards.ts';
import type { ScenarioModel } from './model.ts';
import { parseDuration, durationPattern } from './schema.ts';
import { createDrillSession, type DrillSession } from './session.ts';

export type PathStep =
  | { kind: 'action'; action: string }
  | { kind: 'page'; level: string }
  | { kind: 'declare'; hypothesis: string }
  | { kind: 'wait'; ms: number };

export type ParsedStep = { ok: true; step: PathStep } | { ok: false; message: string };

/** Parse one textual path step. */
export function parsePathStep(text: string): ParsedStep {
  const step = text.trim();
  const [prefix, rest] = step.includes(':')
    ? [step.slice(0, step.indexOf(':')), step.slice(step.indexOf(':') + 1)]
    : ['', step];
  if (!rest) return { ok: false, message: `empty path step "${text}"` };
  switch (prefix) {
    case '':
      return { ok: true, step: { kind: 'action', action: rest } };
    case 'page':
      return { ok: true, step: { kind: 'page', level: rest } };
    case 'declare':
      return { ok: true, step: { kind: 'declare', hypothesis: rest } };
    case 'wait':
      return durationPattern.test(rest)
        ? { ok: true, step: { kind: 'wait', ms: parseDuration(rest) } }
        : { ok: false, message: `"${rest}" is not a duration` };
    default:
      return {
        ok: false,
        message: `unknown path step "${text}": use an action id, page:<level>, declare:<hypothesis> or wait:<duration>`,
      };
  }
}

/** The textual form of a step. */
export function formatPathStep(step: PathStep): string {
  switch (step.kind) {
    case 'action':
      return step.action;
    case 'page':
      return `page:${step.level}`;
    case 'declare':
      return `declare:${step.hypothesis}`;
    case 'wait':
      return `wait:${Math.round(step.ms / 60000)}m`;
  }
}

export interface PathRun {
  session: DrillSession;
  /** Steps that could not be taken, with why (the run stops at the first one). */
  failure: { index: number; step: string; reason: string } | null;
}

/**
 * Play `steps` with one participant: acknowledge the alert, then take each step as soon as
 * it is possible (actions wait for the previous one to finish, and for what unlocks them).
 */
export function runPath(
  model: ScenarioModel,
  steps: readonly string[],
  options: { seed?: number; participant?: string } = {},
): PathRun {
  const participant = options.participant ?? 'responder';
  const session = createDrillSession({ scenario: model, seed: options.seed ?? 1 });
  session.send({ type: 'player.acknowledge', participant });
  for (const [index, text] of steps.entries()) {
    if (session.isOver())
      return { session, failure: { index, step: text, reason: 'the drill was already over' } };
    const parsed = parsePathStep(text);
    if (!parsed.ok) return { session, failure: { index, step: text, reason: parsed.message } };
    const step = parsed.step;
    if (step.kind === 'wait') {
      session.advanceBy(step.ms);
      continue;
    }
    const event = toEvent(step, participant);
    // Wait for our own work to finish and for whatever unlocks the step (a join, an inject).
    const busy = () => step.kind === 'action' && !!session.context().inFlight[participant];
    while (!session.isOver() && (busy() || !session.can(event))) {
      if (!session.jumpToNext()) break;
    }
    if (!session.send(event))
      return {
        session,
        failure: { index, step: text, reason: whyNot(model, session, step, participant) },
      };
  }
  // Let the last action finish (and anything it sets off).
  while (!session.isOver() && session.context().inFlight[participant] && session.jumpToNext()) {
    /* advancing */
  }
  return { session, failure: null };
}

function toEvent(step: Exclude<PathStep, { kind: 'wait' }>, participant: string): JournalEvent {
  if (step.kind === 'action') return { type: 'player.start', participant, action: step.action };
  if (step.kind === 'page') return { type: 'player.page', participant, level: step.level };
  return { type: 'player.declare', participant, hypothesis: step.hypothesis };
}

function whyNot(
  model: ScenarioModel,
  session: DrillSession,
  step: PathStep,
  participant: string,
): string {
  const ctx = { ...session.context(), model };
  if (session.isOver()) return 'the drill is over';
  if (step.kind === 'action') {
    if (!model.actions.has(step.action)) return `unknown action "${step.action}"`;
    if (!canStartAction(ctx, participant, step.action))
      return `action "${step.action}" is not available (already done, or its requirements are never met)`;
  }
  if (step.kind === 'page' && !canPageLevel(ctx, step.level))
    return `cannot page "${step.level}" (unknown, already paged, or not yet possible)`;
  if (step.kind === 'declare' && !model.hypotheses.has(step.hypothesis))
    return `unknown hypothesis "${step.hypothesis}"`;
  return 'not possible at this point';
}
