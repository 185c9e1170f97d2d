/**
 * Generated scenarios for scaling benchmarks: a chain of `size` investigation actions
 * (each unlocked by the clue of the one before), a distractor beside every link, and a fix
 * at the end. Built on the tests' `minimalScenario` shell, so both stay valid together.
 */
import { stringify } from 'yaml';
import { minimalScenario } from '../test/fixtures/generated.ts';

export function generateScenarioYaml(size: number): string {
  const links = Math.max(1, Math.floor(size / 2));
  const clues = Array.from({ length: links }, (_, i) => ({
    id: `clue-${i}`,
    title: `Finding ${i}`,
    text: `Step ${i} of the trail.`,
    pointsTo: 'bug',
    explanation: 'Part of the trail.',
  }));
  const actions = [
    ...Array.from({ length: links }, (_, i) => ({
      id: `step-${i}`,
      label: `Investigate step ${i}`,
      kind: 'investigate' as const,
      cost: '5m',
      outcome: `Found step ${i}.`,
      ...(i > 0 ? { requires: { clues: [`clue-${i - 1}`] } } : {}),
      effects: { reveal: [`clue-${i}`] },
    })),
    ...Array.from({ length: size - links }, (_, i) => ({
      id: `distract-${i}`,
      label: `Look elsewhere ${i}`,
      kind: 'investigate' as const,
      cost: '10m',
      hypothesis: 'other',
      outcome: 'Nothing here.',
    })),
    {
      id: 'fix',
      label: 'Apply the fix',
      kind: 'fix' as const,
      cost: '5m',
      requires: { clues: [`clue-${links - 1}`] },
      outcome: 'Fixed.',
      resolves: true,
    },
  ];
  return stringify({ ...minimalScenario(`generated-${size}`), clues, actions });
}
