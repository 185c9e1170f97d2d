/**
 * Generated scenarios for scaling benchmarks: a chain of `size` investigation actions
 * (each unlocked by the clue of the one before), a distractor beside every link, and a fix
 * at the end. Valid by construction.
 */
import { stringify } from 'yaml';

export function generateScenarioYaml(size: number): string {
  const links = Math.max(1, Math.floor(size / 2));
  const clues = Array.from({ length: links }, (_, i) => ({
    id: `clue-${i}`,
    title: `Finding ${i}`,
    text: `Step ${i} of the trail.`,
    pointsTo: 'cause',
    explanation: 'Part of the trail.',
  }));
  const actions = [
    ...Array.from({ length: links }, (_, i) => ({
      id: `step-${i}`,
      label: `Investigate step ${i}`,
      kind: 'investigate',
      cost: '5m',
      outcome: `Found step ${i}.`,
      ...(i > 0 ? { requires: { clues: [`clue-${i - 1}`] } } : {}),
      effects: { reveal: [`clue-${i}`] },
    })),
    ...Array.from({ length: size - links }, (_, i) => ({
      id: `distract-${i}`,
      label: `Look elsewhere ${i}`,
      kind: 'investigate',
      cost: '10m',
      hypothesis: 'other',
      outcome: 'Nothing here.',
    })),
    {
      id: 'fix',
      label: 'Apply the fix',
      kind: 'fix',
      cost: '5m',
      requires: { clues: [`clue-${links - 1}`] },
      outcome: 'Fixed.',
      resolves: true,
    },
  ];
  return stringify({
    schemaVersion: 1,
    id: `generated-${size}`,
    title: `Generated ${size}`,
    version: '1.0.0',
    summary: 'A generated scenario for benchmarks.',
    difficulty: 'expert',
    tags: ['generated'],
    estimatedMinutes: 10,
    sources: [{ title: 'generator', reference: 'bench/generateScenario.ts' }],
    world: { services: [{ id: 'app', name: 'App' }] },
    incident: {
      startsAt: '2024-01-01T00:00:00Z',
      initialPhase: 'down',
      phases: [
        { id: 'down', name: 'Down', kind: 'impact', usersAffected: 1 },
        { id: 'up', name: 'Up', kind: 'resolved', usersAffected: 0 },
      ],
      detection: { at: '1m', title: 'Down', text: 'It is down.', severity: 'sev1' },
      costPerMinute: 10,
    },
    hypotheses: [
      { id: 'cause', label: 'The cause' },
      { id: 'other', label: 'Something else' },
    ],
    clues,
    actions,
    rootCause: {
      hypothesis: 'cause',
      summary: 'Generated.',
      detail: 'Generated.',
      fix: 'Apply the fix.',
      correctiveMeasures: [{ title: 'None', detail: 'Generated.' }],
      tasks: ['None'],
    },
  });
}
