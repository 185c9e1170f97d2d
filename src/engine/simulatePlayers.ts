/**
 * Player models for the difficulty simulation: simple, seeded policies that stand in for
 * kinds of teams. Each looks at what one responder could do now and picks a move. They
 * read scenario facts a real team would infer from the evidence (which theory a clue
 * suggests), and never anything a team cannot see in play except to be deliberately fooled
 * (the obvious-signal player chases whatever the red herrings point at).
 */
import type { DrillContext } from './context.ts';
import type { ScenarioModel } from './model.ts';
import type { ScenarioFile } from './schema.ts';

/** The player models the simulation knows. */
export type PlayerModelId = 'random' | 'cautious' | 'obvious-signal';

/** Identity and one-line description of each player model, in display order. */
export const PLAYER_MODELS: readonly { id: PlayerModelId; label: string; description: string }[] = [
  {
    id: 'random',
    label: 'Random',
    description:
      'picks uniformly among the available actions, pages and declarations, and sometimes just waits',
  },
  {
    id: 'cautious',
    label: 'Cautious',
    description:
      'investigates broadly, declares a theory only when two or more clues agree, and pages only when that theory needs someone or it runs out of leads',
  },
  {
    id: 'obvious-signal',
    label: 'Obvious signal',
    description:
      'chases the loudest signal first (the red herrings and the theory they suggest), acts on whatever the newest clue suggests, then broadens',
  },
];

type ActionDef = ScenarioFile['actions'][number];

/** A move a simulated player makes. `wait` without `ms` waits for the next thing to happen. */
export type Move =
  | { kind: 'action'; action: string }
  | { kind: 'page'; level: string }
  | { kind: 'declare'; hypothesis: string }
  | { kind: 'wait'; ms?: number };

/** What the responder sees at a decision point (idle, drill running). */
export interface Situation {
  ctx: DrillContext;
  /** Actions this responder can start now, in file order. */
  actions: readonly ActionDef[];
  /** Escalation levels that can be paged now. */
  levels: readonly string[];
  /** Hypotheses that can be declared now (empty right after a declaration). */
  hypotheses: readonly string[];
  /** A uniform number in [0, 1) from the run's seeded stream. */
  random: () => number;
}

/** Facts about a scenario the policies use, computed once per simulation. */
export interface ScenarioFacts {
  model: ScenarioModel;
  /** Hypotheses that red-herring clues point to: the "obvious" wrong theories. */
  obviousHypotheses: ReadonlySet<string>;
  /** Actions that reveal a red herring or test an obvious theory. */
  obviousActions: ReadonlySet<string>;
}

export function scenarioFacts(model: ScenarioModel): ScenarioFacts {
  const herrings = model.file.clues.filter((c) => c.redHerring);
  const herringIds = new Set(herrings.map((c) => c.id));
  const obviousHypotheses = new Set(herrings.flatMap((c) => (c.pointsTo ? [c.pointsTo] : [])));
  const obviousActions = new Set(
    model.file.actions
      .filter(
        (a) =>
          (a.hypothesis !== undefined && obviousHypotheses.has(a.hypothesis)) ||
          (a.effects?.reveal ?? []).some((clue) => herringIds.has(clue)),
      )
      .map((a) => a.id),
  );
  return { model, obviousHypotheses, obviousActions };
}

/** One of `items`, chosen with the run's random stream; undefined for an empty list. */
function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** Repeatable actions count as "new" only until done once, so broad policies cannot loop on them. */
const fresh = (s: Situation) => s.actions.filter((a) => !(s.ctx.completed[a.id] ?? 0));

const act = (a: ActionDef | undefined): Move | null =>
  a ? { kind: 'action', action: a.id } : null;

/** Count found clues per hypothesis they point to. */
function evidence(facts: ScenarioFacts, ctx: DrillContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of Object.keys(ctx.clues)) {
    const to = facts.model.clues.get(id)?.pointsTo;
    if (to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

function randomPlayer(_facts: ScenarioFacts, s: Situation): Move {
  if (s.random() < 0.1) return { kind: 'wait', ms: (5 + Math.floor(s.random() * 26)) * 60_000 };
  const options: Move[] = [
    ...s.actions.map((a): Move => ({ kind: 'action', action: a.id })),
    ...s.levels.map((level): Move => ({ kind: 'page', level })),
    ...s.hypotheses.map((hypothesis): Move => ({ kind: 'declare', hypothesis })),
  ];
  return pick(options, s.random) ?? { kind: 'wait' };
}

/** Fix first, then mitigations, then anything else, among actions consistent with a belief. */
function bestActing(actions: readonly ActionDef[], random: () => number): Move | null {
  for (const kinds of [['fix'], ['mitigate'], ['communicate', 'coordinate']]) {
    const move = act(
      pick(
        actions.filter((a) => kinds.includes(a.kind)),
        random,
      ),
    );
    if (move) return move;
  }
  return null;
}

/** Does `action` serve `belief`: it tests it, or it needs evidence that points to it? */
function serves(facts: ScenarioFacts, action: ActionDef, belief: string): boolean {
  if (action.hypothesis !== undefined) return action.hypothesis === belief;
  const needed = [...(action.requires?.clues ?? []), ...(action.requires?.anyClues ?? [])];
  return needed.some((clue) => facts.model.clues.get(clue)?.pointsTo === belief);
}

/**
 * Act on the declared theory: start a fix or mitigation that serves it, or page whoever an
 * action serving it is waiting for. Null when the theory gives nothing to do now.
 */
function pursue(facts: ScenarioFacts, s: Situation): Move | null {
  const belief = s.ctx.hypothesis;
  if (belief === null) return null;
  const todo = fresh(s).filter(
    (a) => (a.kind === 'fix' || a.kind === 'mitigate') && serves(facts, a, belief),
  );
  const move = bestActing(todo, s.random);
  if (move) return move;
  const wanted = facts.model.file.actions.filter(
    (a) => !(s.ctx.completed[a.id] ?? 0) && serves(facts, a, belief),
  );
  const needed = s.levels.filter((level) =>
    wanted.some((a) => a.requires?.escalated?.includes(level)),
  );
  const level = pick(needed, s.random);
  return level ? { kind: 'page', level } : null;
}

function cautiousPlayer(facts: ScenarioFacts, s: Situation): Move {
  const counts = [...evidence(facts, s.ctx).entries()].sort((a, b) => b[1] - a[1]);
  const [lead, runnerUp] = counts;
  const strong = lead && lead[1] >= 2 && (!runnerUp || lead[1] > runnerUp[1]) ? lead[0] : null;
  if (strong && s.hypotheses.includes(strong)) return { kind: 'declare', hypothesis: strong };
  const todo = fresh(s);
  const move =
    pursue(facts, s) ??
    act(
      pick(
        todo.filter((a) => a.kind === 'investigate'),
        s.random,
      ),
    );
  if (move) return move;
  // Out of leads: only now call for help, then try what is left.
  const level = pick(s.levels, s.random);
  if (level) return { kind: 'page', level };
  const believed = todo.filter((a) => !a.hypothesis || a.hypothesis === s.ctx.hypothesis);
  return (
    bestActing(believed, s.random) ??
    act(pick(todo, s.random)) ??
    act(pick(s.actions, s.random)) ?? { kind: 'wait' }
  );
}

function obviousSignalPlayer(facts: ScenarioFacts, s: Situation): Move {
  // Jump to whatever the newest clue suggests, and act on it at once.
  let newest: { id: string; t: number } | null = null;
  for (const [id, t] of Object.entries(s.ctx.clues))
    if (!newest || t >= newest.t) newest = { id, t };
  const suggested = newest ? facts.model.clues.get(newest.id)?.pointsTo : undefined;
  if (suggested && suggested !== s.ctx.hypothesis && s.hypotheses.includes(suggested))
    return { kind: 'declare', hypothesis: suggested };
  const todo = fresh(s);
  const obvious = todo.filter((a) => facts.obviousActions.has(a.id));
  const chase =
    pursue(facts, s) ??
    act(
      pick(
        obvious.filter((a) => a.kind === 'investigate'),
        s.random,
      ),
    ) ??
    act(pick(obvious, s.random));
  if (chase) return chase;
  // The obvious trail has gone cold: broaden.
  const investigation = act(
    pick(
      todo.filter((a) => a.kind === 'investigate'),
      s.random,
    ),
  );
  if (investigation) return investigation;
  const level = pick(s.levels, s.random);
  if (level) return { kind: 'page', level };
  return bestActing(todo, s.random) ?? act(pick(s.actions, s.random)) ?? { kind: 'wait' };
}

/** The decision function of a player model. */
export function playerPolicy(id: PlayerModelId): (facts: ScenarioFacts, s: Situation) => Move {
  switch (id) {
    case 'random':
      return randomPlayer;
    case 'cautious':
      return cautiousPlayer;
    case 'obvious-signal':
      return obviousSignalPlayer;
  }
}
