/**
 * What counts as chasing a red herring: the one definition the analysis, the explorer,
 * scoring and the debrief share, so that they never disagree about a step.
 *
 * - A **red-herring clue** is one the author marked `redHerring: true`.
 * - A **red-herring action** reveals a red-herring clue, or can only be taken after one
 *   (its `requires.clues` names one): it follows the red herring. An action's `hypothesis`
 *   tag alone does not make it one: checking a wrong idea can be the fastest way to the key
 *   evidence, and par may do exactly that.
 * - A **red-herring declaration** names a hypothesis other than the root cause.
 */
import type { ScenarioModel } from './model.ts';

/** Whether the author marked the clue as pointing away from the root cause. */
export function isRedHerringClue(model: ScenarioModel, clueId: string): boolean {
  return model.clues.get(clueId)?.redHerring === true;
}

/** The red-herring clues for which `found` holds, in scenario order. */
export function redHerringClues(
  model: ScenarioModel,
  found: (clueId: string) => boolean,
): string[] {
  return model.file.clues.filter((c) => c.redHerring === true && found(c.id)).map((c) => c.id);
}

/** Red-herring clues an action reveals, then those it requires, in that order. */
function redHerringCluesOfAction(model: ScenarioModel, actionId: string): string[] {
  const action = model.actions.get(actionId);
  if (!action) return [];
  const ids = [...(action.effects?.reveal ?? []), ...(action.requires?.clues ?? [])];
  return ids.filter((id) => isRedHerringClue(model, id));
}

/** Whether taking the action chases a red herring (see the module comment). */
export function isRedHerringAction(model: ScenarioModel, actionId: string): boolean {
  return redHerringCluesOfAction(model, actionId).length > 0;
}

/** Whether declaring `hypothesis` chases a red herring (it is not the root cause). */
export function isWrongHypothesis(model: ScenarioModel, hypothesis: string): boolean {
  return hypothesis !== model.file.rootCause.hypothesis;
}

/**
 * The wrong hypothesis a red-herring action leads towards, to group the time lost on it:
 * where its red-herring clue points, else the action's own wrong `hypothesis` tag. Null when
 * the action is not a red herring, or when neither says where it leads.
 */
export function redHerringDirection(model: ScenarioModel, actionId: string): string | null {
  const clues = redHerringCluesOfAction(model, actionId);
  if (clues.length === 0) return null;
  for (const id of clues) {
    const pointsTo = model.clues.get(id)?.pointsTo;
    if (pointsTo !== undefined && isWrongHypothesis(model, pointsTo)) return pointsTo;
  }
  const tag = model.actions.get(actionId)?.hypothesis;
  return tag !== undefined && isWrongHypothesis(model, tag) ? tag : null;
}
