/**
 * Playtest: an author plays a drill with every hidden fact in view (root cause, which clues
 * mislead, what each action does, when each inject fires, the next par step), and can jump
 * to any state or rewind to any point of the journal. Nothing here changes the drill itself.
 */
import { parFromSnapshot } from './analysis.ts';
import type { Condition, Effects } from './model.ts';
import { selectActions, type ActionStatus } from './selectors.ts';
import { parseDuration } from './schema.ts';
import { replay, type DrillSession } from './session.ts';

export interface PlaytestClue {
  id: string;
  title: string;
  /** Game time it was found, or null. */
  foundAt: number | null;
  redHerring: boolean;
  pointsTo: string | null;
  explanation: string;
}

export interface PlaytestInject {
  id: string;
  title: string;
  kind: string;
  /** Game time it is due, when known (timed, or conditional and armed). */
  dueAt: number | null;
  /** The condition of a conditional inject, in words, or null for a timed one. */
  condition: string | null;
  armed: boolean;
  effects: string[];
}

export interface PlaytestAction {
  id: string;
  label: string;
  status: ActionStatus;
  effects: string[];
  harmful: string | null;
  resolves: boolean;
  requires: string | null;
}

/** Everything hidden from players, for the current state of a session. */
export interface PlaytestView {
  rootCause: { hypothesis: string; label: string; summary: string; fix: string };
  clues: PlaytestClue[];
  pendingInjects: PlaytestInject[];
  actions: PlaytestAction[];
}

/** A condition in author words: `clues: a, b; phase: impact; after 1h`. */
export function describeCondition(condition: Condition | undefined): string | null {
  if (!condition) return null;
  const parts: string[] = [];
  const list = (name: string, ids: readonly string[] | undefined) => {
    if (ids?.length) parts.push(`${name}: ${ids.join(', ')}`);
  };
  list('clues', condition.clues);
  list('any of clues', condition.anyClues);
  list('actions done', condition.actions);
  list('escalated', condition.escalated);
  list('flags', condition.flags);
  list('not flags', condition.notFlags);
  list('phase', condition.phase);
  if (condition.hypothesis) parts.push(`hypothesis: ${condition.hypothesis}`);
  if (condition.after) parts.push(`after ${condition.after}`);
  return parts.join('; ') || 'always';
}

/** What effects do, in author words, one line per change. */
export function describeEffects(effects: Effects | undefined): string[] {
  if (!effects) return [];
  const lines: string[] = [];
  if (effects.reveal?.length) lines.push(`reveals ${effects.reveal.join(', ')}`);
  if (effects.setFlags?.length) lines.push(`sets ${effects.setFlags.join(', ')}`);
  if (effects.clearFlags?.length) lines.push(`clears ${effects.clearFlags.join(', ')}`);
  if (effects.phase) lines.push(`moves to phase ${effects.phase}`);
  for (const m of effects.metrics ?? [])
    lines.push(`${m.metric} → ${m.value}${m.for ? ` for ${m.for}` : ''}`);
  return lines;
}

/** The hidden facts of `session` now, for `participant`'s action statuses. */
export function playtestView(session: DrillSession, participant: string): PlaytestView {
  const model = session.scenario;
  const ctx = session.context();
  const root = model.file.rootCause;
  const statuses = new Map(selectActions(model, ctx, participant).map((a) => [a.id, a.status]));
  return {
    rootCause: {
      hypothesis: root.hypothesis,
      label: model.hypotheses.get(root.hypothesis)?.label ?? root.hypothesis,
      summary: root.summary,
      fix: root.fix,
    },
    clues: model.file.clues.map((c) => ({
      id: c.id,
      title: c.title,
      foundAt: ctx.clues[c.id] ?? null,
      redHerring: c.redHerring,
      pointsTo: c.pointsTo ?? null,
      explanation: c.explanation,
    })),
    pendingInjects: model.file.injects
      .filter((i) => !(i.id in ctx.injectsFired))
      .map((i) => {
        const armedAt = ctx.injectsArmed[i.id];
        const dueAt =
          i.at !== undefined
            ? parseDuration(i.at)
            : armedAt !== undefined
              ? armedAt + (i.delay ? parseDuration(i.delay) : 0)
              : null;
        const delay = i.delay ? ` (then ${i.delay})` : '';
        return {
          id: i.id,
          title: i.title,
          kind: i.kind,
          dueAt,
          condition: i.when ? `${describeCondition(i.when)}${delay}` : null,
          armed: armedAt !== undefined,
          effects: describeEffects(i.effects),
        };
      }),
    actions: model.file.actions.map((a) => ({
      id: a.id,
      label: a.label,
      status: statuses.get(a.id) ?? 'locked',
      effects: describeEffects(a.effects),
      harmful: a.harmful ?? null,
      resolves: a.resolves,
      requires: describeCondition(a.requires),
    })),
  };
}

export interface NextParStep {
  /** The next step of a fastest way to resolve from here, or null when none is left. */
  step: string | null;
  /** All remaining steps of that way. */
  steps: string[];
  /** Game time of resolution along it. */
  resolvesAt: number | null;
  /** Work in flight the search waited for first (action ids). */
  waitedFor: string[];
  /** False when the search hit its bound before finding one. */
  complete: boolean;
}

/**
 * The next par step from the session's current state: a copy of the drill lets running work
 * finish, then par is searched from there. The session itself is not touched.
 */
export function nextParStep(
  session: DrillSession,
  options: { maxStates?: number } = {},
): NextParStep {
  const none: NextParStep = {
    step: null,
    steps: [],
    resolvesAt: null,
    waitedFor: [],
    complete: true,
  };
  if (session.isOver()) return none;
  const copy = replay(session.scenario, session.record(), { machine: session.machine });
  const waitedFor = Object.values(copy.context().inFlight).map((w) => w.action);
  while (!copy.isOver() && Object.keys(copy.context().inFlight).length > 0 && copy.jumpToNext()) {
    /* letting running work finish */
  }
  if (copy.isOver()) return { ...none, waitedFor };
  const par = parFromSnapshot(session.scenario, copy.snapshot(), {
    machine: session.machine,
    ...(options.maxStates === undefined ? {} : { maxStates: options.maxStates }),
  });
  return {
    step: par.result?.path[0] ?? null,
    steps: par.result?.path ?? [],
    resolvesAt: par.result?.time ?? null,
    waitedFor,
    complete: par.complete,
  };
}

/**
 * A fresh session replaying the first `count` journal entries of `session`, with its seed:
 * the drill as it was right after entry `count` (at the alert when `count` is 0).
 */
export function rewindSession(session: DrillSession, count: number): DrillSession {
  const record = session.record();
  const journal = record.journal.slice(0, Math.max(0, count));
  const clockAt = journal.at(-1)?.t ?? session.scenario.detectionAt;
  return replay(session.scenario, { ...record, journal, clockAt });
}
