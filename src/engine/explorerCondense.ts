/**
 * Condensation of the explorer graph: when a scenario has more states than can be drawn,
 * states are merged by what the responder would call "the same situation", coarser and
 * coarser until the graph fits.
 */
import type { AnalysisSnapshot } from './analysisModel.ts';
import type { StateInfo } from './explorerStates.ts';

/**
 * How states were merged: `none` (one node per state), `facts` (same phase, clues found,
 * escalations and flags), `phase-clues` (same phase and clues found), `phase` (same phase).
 */
export type Condensation = 'none' | 'facts' | 'phase-clues' | 'phase';

const outcome = (s: AnalysisSnapshot) =>
  s.status === 'active' ? 'active' : JSON.stringify(s.value);
const clues = (s: AnalysisSnapshot) => Object.keys(s.context.clues).sort().join(',');

const LEVELS: readonly {
  condensation: Exclude<Condensation, 'none'>;
  words: string;
  key: (s: AnalysisSnapshot) => string;
}[] = [
  {
    condensation: 'facts',
    words: 'the same phase, clues found, escalations and flags',
    key: (s) =>
      [
        outcome(s),
        s.context.phase,
        clues(s),
        Object.entries(s.context.escalations)
          .map(([id, e]) => `${id}:${e.joinedAt === null ? 'paged' : 'joined'}`)
          .sort()
          .join(','),
        Object.keys(s.context.flags).sort().join(','),
      ].join('|'),
  },
  {
    condensation: 'phase-clues',
    words: 'the same phase and clues found',
    key: (s) => [outcome(s), s.context.phase, clues(s)].join('|'),
  },
  {
    condensation: 'phase',
    words: 'the same phase',
    key: (s) => [outcome(s), s.context.phase].join('|'),
  },
];

export interface Condensed {
  condensation: Condensation;
  note: string | null;
  /** Groups of states, each in breadth-first order, the group of the first state first. */
  groups: StateInfo[][];
}

/**
 * Merge `states` (breadth-first order) until at most `maxNodes` groups remain, if possible.
 * States on par stay nodes of their own.
 */
export function condense(states: readonly StateInfo[], maxNodes: number): Condensed {
  if (states.length <= maxNodes)
    return { condensation: 'none', note: null, groups: states.map((s) => [s]) };
  let groups: StateInfo[][] = [];
  let level = LEVELS[0]!;
  for (level of LEVELS) {
    const byKey = new Map<string, StateInfo[]>();
    for (const state of states) {
      // Par's states are never merged, so the par path is drawn step by step.
      const key = state.onPar ? `par|${state.key}` : level.key(state.snapshot);
      const group = byKey.get(key);
      if (group) group.push(state);
      else byKey.set(key, [state]);
    }
    groups = [...byKey.values()];
    if (groups.length <= maxNodes) break;
  }
  const note =
    `${states.length} states are too many to draw: states with ${level.words} are merged ` +
    `into one node (${groups.length} nodes; states on par are kept apart).` +
    (groups.length > maxNodes ? ` Still above the limit of ${maxNodes}.` : '');
  return { condensation: level.condensation, note, groups };
}
