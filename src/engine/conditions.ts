/**
 * Conditions over a drill's state: action preconditions, conditional injects, hints.
 */
import type { DrillContext } from './context.ts';
import type { Condition, ScenarioModel } from './model.ts';
import { formatDuration } from './format.ts';
import { parseDuration } from './schema.ts';

/**
 * True when every part of `condition` holds in `ctx` (an absent condition always holds).
 * Same rules as {@link unmetParts}, but stops at the first unmet part and allocates nothing:
 * guards call it after every event.
 */
export function conditionHolds(condition: Condition | undefined, ctx: DrillContext): boolean {
  if (condition === undefined) return true;
  const { clues, completed, escalations, flags } = ctx;
  if (condition.clues) for (const id of condition.clues) if (!(id in clues)) return false;
  if (condition.anyClues && !condition.anyClues.some((id) => id in clues)) return false;
  if (condition.actions)
    for (const id of condition.actions) if (!((completed[id] ?? 0) > 0)) return false;
  if (condition.escalated)
    for (const id of condition.escalated) if (escalations[id]?.joinedAt == null) return false;
  if (condition.flags) for (const id of condition.flags) if (!flags[id]) return false;
  if (condition.notFlags) for (const id of condition.notFlags) if (flags[id]) return false;
  if (condition.phase && !condition.phase.includes(ctx.phase)) return false;
  if (condition.hypothesis !== undefined && ctx.hypothesis !== condition.hypothesis) return false;
  return condition.after === undefined || ctx.now >= parseDuration(condition.after);
}

/** The parts of a condition that do not hold yet, as part names (for explanations). */
export function unmetParts(condition: Condition, ctx: DrillContext): (keyof Condition)[] {
  const unmet: (keyof Condition)[] = [];
  if (condition.clues && !condition.clues.every((id) => id in ctx.clues)) unmet.push('clues');
  if (condition.anyClues && !condition.anyClues.some((id) => id in ctx.clues))
    unmet.push('anyClues');
  if (condition.actions && !condition.actions.every((id) => (ctx.completed[id] ?? 0) > 0))
    unmet.push('actions');
  if (
    condition.escalated &&
    !condition.escalated.every((id) => ctx.escalations[id]?.joinedAt != null)
  )
    unmet.push('escalated');
  if (condition.flags && !condition.flags.every((id) => ctx.flags[id])) unmet.push('flags');
  if (condition.notFlags && condition.notFlags.some((id) => ctx.flags[id])) unmet.push('notFlags');
  if (condition.phase && !condition.phase.includes(ctx.phase)) unmet.push('phase');
  if (condition.hypothesis !== undefined && ctx.hypothesis !== condition.hypothesis)
    unmet.push('hypothesis');
  if (condition.after !== undefined && ctx.now < parseDuration(condition.after))
    unmet.push('after');
  return unmet;
}

/**
 * Why a condition does not hold, in words a player may read. Never names a clue the team
 * has not found (that would give the game away).
 */
export function explainUnmet(
  condition: Condition,
  ctx: DrillContext,
  model: ScenarioModel,
): string[] {
  const names = (ids: readonly string[] | undefined, lookup: (id: string) => string | undefined) =>
    (ids ?? []).map((id) => lookup(id) ?? id).join(', ');
  return unmetParts(condition, ctx).map((part) => {
    switch (part) {
      case 'clues':
      case 'anyClues':
        return 'needs more evidence first';
      case 'actions':
        return `after: ${names(
          condition.actions?.filter((id) => !(ctx.completed[id] ?? 0)),
          (id) => model.actions.get(id)?.label,
        )}`;
      case 'escalated':
        return `after ${names(
          condition.escalated?.filter((id) => ctx.escalations[id]?.joinedAt == null),
          (id) => model.escalation.get(id)?.name,
        )} joins`;
      case 'flags':
      case 'notFlags':
        return 'not possible yet';
      case 'phase':
        return `only while the incident is: ${names(condition.phase, (id) => model.phases.get(id)?.name)}`;
      case 'hypothesis':
        return `after declaring "${model.hypotheses.get(condition.hypothesis ?? '')?.label ?? condition.hypothesis}"`;
      case 'after':
        return `not before T+${formatDuration(parseDuration(condition.after ?? '0m'))}`;
    }
  });
}
